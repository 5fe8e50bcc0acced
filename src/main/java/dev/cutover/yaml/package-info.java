/**
 * Reading the files people write: YAML with the file, line and field of every value kept ({@link
 * dev.cutover.yaml.YamlNode}), problems as {@link dev.cutover.yaml.InputError} (exit code 2, never a stack
 * trace), {@link dev.cutover.yaml.Source} for results that point back at a line, and the one {@code ${…}}
 * substitution ({@link dev.cutover.yaml.Template}).
 *
 * <p>May use: the JDK and SnakeYAML only — no other cutover package.
 */
package dev.cutover.yaml;
