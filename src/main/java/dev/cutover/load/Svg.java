package dev.cutover.load;

import dev.cutover.report.HtmlText;
import java.util.List;
import java.util.Locale;

/**
 * Small inline SVG charts for the load report: no script, no external asset, readable when the file is
 * opened straight from disk. Colours are fixed per series so baseline and candidate look the same in
 * every chart.
 */
final class Svg {
    static final String[] COLOURS = {"#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c"};
    private static final int W = 640;
    private static final int H = 240;
    private static final int LEFT = 56;
    private static final int BOTTOM = 32;
    private static final int TOP = 12;
    private static final int RIGHT = 12;

    /** One named series of (x, y) points; NaN y leaves a gap. */
    record Series(String name, double[] x, double[] y) {}

    /** One named group of bars, one value per category. */
    record Bars(String name, double[] values) {}

    private Svg() {}

    static String lines(String xLabel, String yLabel, List<Series> series) {
        double maxX = 4;
        double maxY = 1;
        for (Series s : series) {
            for (double x : s.x()) maxX = Math.max(maxX, x);
            for (double y : s.y()) if (!Double.isNaN(y)) maxY = Math.max(maxY, y);
        }
        maxX = Math.ceil(maxX / 4) * 4; // whole-second ticks
        maxY = nice(maxY);
        StringBuilder b = frame(xLabel, yLabel, maxX, maxY, true);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int k = 0; k < s.x().length; k++) {
                if (Double.isNaN(s.y()[k])) {
                    pen = false;
                    continue;
                }
                path.append(pen ? " L" : " M").append(f(px(s.x()[k], maxX))).append(',').append(f(py(s.y()[k], maxY)));
                pen = true;
            }
            b.append("<path fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour(i)).append("\" d=\"")
                    .append(path.toString().trim()).append("\"/>");
        }
        return legend(b, series.stream().map(Series::name).toList());
    }

    /** Grouped vertical bars: categories along x (e.g. p50, p90…), one bar per group in each. */
    static String bars(String yLabel, List<String> categories, List<Bars> groups) {
        double maxY = 1;
        for (Bars g : groups) for (double v : g.values()) if (!Double.isNaN(v)) maxY = Math.max(maxY, v);
        maxY = nice(maxY);
        StringBuilder b = frame(null, yLabel, 0, maxY, false);
        double slot = (W - LEFT - RIGHT) / (double) categories.size();
        double bar = slot * 0.8 / Math.max(1, groups.size());
        for (int c = 0; c < categories.size(); c++) {
            double x0 = LEFT + c * slot + slot * 0.1;
            for (int g = 0; g < groups.size(); g++) {
                double v = groups.get(g).values()[c];
                if (Double.isNaN(v)) continue;
                double top = py(v, maxY);
                b.append("<rect x=\"").append(f(x0 + g * bar)).append("\" y=\"").append(f(top)).append("\" width=\"")
                        .append(f(bar - 2)).append("\" height=\"").append(f(H - BOTTOM - top)).append("\" fill=\"")
                        .append(colour(g)).append("\"><title>").append(HtmlText.escape(groups.get(g).name() + " "
                                + categories.get(c) + ": " + f(v))).append("</title></rect>");
            }
            b.append("<text x=\"").append(f(LEFT + c * slot + slot / 2)).append("\" y=\"").append(H - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\">").append(HtmlText.escape(categories.get(c))).append("</text>");
        }
        return legend(b, groups.stream().map(Bars::name).toList());
    }

    private static StringBuilder frame(String xLabel, String yLabel, double maxX, double maxY, boolean xTicks) {
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" width=\"").append(W).append("\" height=\"").append(H).append("\" font-size=\"11\" font-family=\"sans-serif\">");
        for (int i = 0; i <= 4; i++) {
            double v = maxY * i / 4;
            double y = py(v, maxY);
            b.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\" stroke=\"#e5e7eb\"/>");
            b.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(f(y + 4)).append("\" text-anchor=\"end\">")
                    .append(f(v)).append("</text>");
        }
        if (xTicks) {
            for (int i = 0; i <= 4; i++) {
                double v = maxX * i / 4;
                b.append("<text x=\"").append(f(px(v, maxX))).append("\" y=\"").append(H - BOTTOM + 16)
                        .append("\" text-anchor=\"middle\">").append(f(v)).append("</text>");
            }
        }
        if (xLabel != null) {
            b.append("<text x=\"").append(W - RIGHT).append("\" y=\"").append(H - 2).append("\" text-anchor=\"end\">")
                    .append(HtmlText.escape(xLabel)).append("</text>");
        }
        b.append("<text x=\"4\" y=\"").append(TOP).append("\">").append(HtmlText.escape(yLabel)).append("</text>");
        return b;
    }

    private static String legend(StringBuilder b, List<String> names) {
        int x = LEFT + 8;
        for (int i = 0; i < names.size(); i++) {
            b.append("<rect x=\"").append(x).append("\" y=\"").append(TOP + 2).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(colour(i)).append("\"/><text x=\"").append(x + 14).append("\" y=\"").append(TOP + 11).append("\">")
                    .append(HtmlText.escape(names.get(i))).append("</text>");
            x += 24 + 7 * names.get(i).length();
        }
        return b.append("</svg>").toString();
    }

    private static double px(double x, double maxX) {
        return LEFT + x / maxX * (W - LEFT - RIGHT);
    }

    private static double py(double y, double maxY) {
        return H - BOTTOM - y / maxY * (H - BOTTOM - TOP - 16);
    }

    /** Rounds an axis maximum up to 1, 2 or 5 times a power of ten. */
    static double nice(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) if (v <= m * p) return m * p;
        return 10 * p;
    }

    private static String colour(int i) {
        return COLOURS[i % COLOURS.length];
    }

    private static String f(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
