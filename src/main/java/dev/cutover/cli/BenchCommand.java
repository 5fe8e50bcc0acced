package dev.cutover.cli;
final class BenchCommand {}
