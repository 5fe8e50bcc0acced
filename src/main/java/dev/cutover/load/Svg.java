package dev.cutover.load;

import dev.cutover.report.HtmlText;
import java.util.List;
import java.util.Locale;

/**
 * Small inline SVG charts for the load report: no script, no external asset, readable when the file is opened
 * straight from disk. They scale to the page's width (the stylesheet sets {@code width: 100%}). Colours and line
 * dashes are fixed per series, so baseline and candidate look the same in every chart and lines that run together
 * can still be told apart; the legend sits above the plot, never on a line.
 */
final class Svg {
    static final String[] COLOURS = {"#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c"};
    /** Solid, dashed, dotted, dash-dot: a second way to tell lines apart where they overlap. */
    static final String[] DASHES = {"", "10 5", "2 4", "12 4 2 4", "6 3"};
    /** A line chart: the full width of the page. */
    static final int WIDE = 1200;
    /** A bar chart: half of it, two side by side. */
    static final int HALF = 600;
    private static final int H = 280;
    private static final int LEFT = 56;
    private static final int BOTTOM = 34;
    private static final int TOP = 34;
    private static final int RIGHT = 16;

    /** One named series of (x, y) points; NaN y leaves a gap. */
    record Series(String name, double[] x, double[] y) {}

    /** One named group of bars, one value per category. */
    record Bars(String name, double[] values) {}

    private Svg() {}

    static String lines(String xLabel, String yLabel, List<Series> series) {
        int w = WIDE;
        double maxX = 4;
        double maxY = 1;
        for (Series s : series) {
            for (double x : s.x()) maxX = Math.max(maxX, x);
            for (double y : s.y()) if (!Double.isNaN(y)) maxY = Math.max(maxY, y);
        }
        maxX = Math.ceil(maxX / 4) * 4; // whole-second ticks
        maxY = nice(maxY);
        StringBuilder b = frame(w, xLabel, yLabel, maxX, maxY, true);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            StringBuilder path = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            boolean pen = false;
            for (int k = 0; k < s.x().length; k++) {
                if (Double.isNaN(s.y()[k])) {
                    pen = false;
                    continue;
                }
                String x = f(px(s.x()[k], maxX, w));
                String y = f(py(s.y()[k], maxY));
                path.append(pen ? " L" : " M").append(x).append(',').append(y);
                dots.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3\"><title>")
                        .append(HtmlText.escape(s.name() + ", second " + f(s.x()[k]) + ": " + f(s.y()[k]))).append("</title></circle>");
                pen = true;
            }
            b.append("<g stroke=\"").append(colour(i)).append("\" fill=\"").append(colour(i)).append("\">")
                    .append("<path fill=\"none\" stroke-width=\"2.5\" stroke-linejoin=\"round\"").append(dash(i))
                    .append(" d=\"").append(path.toString().trim()).append("\"/>").append(dots).append("</g>");
        }
        return legend(b, series.stream().map(Series::name).toList(), true);
    }

    /**
     * Grouped vertical bars: categories along x (e.g. p50, p90…), one bar per group in each, its value above it.
     *
     * @param w {@link #WIDE} for a chart on a row of its own, {@link #HALF} for one of two side by side: the page
     *          scales both to their box, so text stays the same size in each
     */
    static String bars(int w, String yLabel, List<String> categories, List<Bars> groups) {
        double maxY = 1;
        for (Bars g : groups) for (double v : g.values()) if (!Double.isNaN(v)) maxY = Math.max(maxY, v);
        maxY = nice(maxY);
        StringBuilder b = frame(w, null, yLabel, 0, maxY, false);
        double slot = (w - LEFT - RIGHT) / (double) categories.size();
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
                if (categories.size() * groups.size() <= 12) {
                    b.append("<text x=\"").append(f(x0 + g * bar + (bar - 2) / 2)).append("\" y=\"").append(f(top - 3))
                            .append("\" text-anchor=\"middle\" font-size=\"10\">").append(f(v)).append("</text>");
                }
            }
            b.append("<text x=\"").append(f(LEFT + c * slot + slot / 2)).append("\" y=\"").append(H - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\">").append(HtmlText.escape(categories.get(c))).append("</text>");
        }
        return legend(b, groups.stream().map(Bars::name).toList(), false);
    }

    private static StringBuilder frame(int w, String xLabel, String yLabel, double maxX, double maxY, boolean xTicks) {
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ').append(H)
                .append("\" width=\"").append(w).append("\" height=\"").append(H).append("\" font-size=\"12\" font-family=\"sans-serif\">");
        for (int i = 0; i <= 4; i++) {
            double v = maxY * i / 4;
            double y = py(v, maxY);
            b.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(w - RIGHT).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\" stroke=\"#e5e7eb\"/>");
            b.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(f(y + 4)).append("\" text-anchor=\"end\">")
                    .append(f(v)).append("</text>");
        }
        if (xTicks) {
            for (int i = 0; i <= 4; i++) {
                double v = maxX * i / 4;
                b.append("<text x=\"").append(f(px(v, maxX, w))).append("\" y=\"").append(H - BOTTOM + 16)
                        .append("\" text-anchor=\"middle\">").append(f(v)).append("</text>");
            }
        }
        if (xLabel != null) {
            b.append("<text x=\"").append(w - RIGHT).append("\" y=\"").append(H - 2).append("\" text-anchor=\"end\" fill=\"#59636e\">")
                    .append(HtmlText.escape(xLabel)).append("</text>");
        }
        b.append("<text x=\"4\" y=\"").append(TOP - 8).append("\" fill=\"#59636e\">").append(HtmlText.escape(yLabel)).append("</text>");
        return b;
    }

    /** Above the plot: a swatch (a line with its dash, or a block) and the name, for each series. */
    private static String legend(StringBuilder b, List<String> names, boolean lines) {
        int x = LEFT + 8;
        int y = 14;
        for (int i = 0; i < names.size(); i++) {
            if (lines) {
                b.append("<line x1=\"").append(x).append("\" x2=\"").append(x + 28).append("\" y1=\"").append(y - 4).append("\" y2=\"")
                        .append(y - 4).append("\" stroke=\"").append(colour(i)).append("\" stroke-width=\"3\"").append(dash(i)).append("/>");
            } else {
                b.append("<rect x=\"").append(x + 8).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\" fill=\"")
                        .append(colour(i)).append("\"/>");
            }
            b.append("<text x=\"").append(x + 34).append("\" y=\"").append(y).append("\">").append(HtmlText.escape(names.get(i)))
                    .append("</text>");
            x += 50 + 7 * names.get(i).length();
        }
        return b.append("</svg>").toString();
    }

    private static double px(double x, double maxX, int w) {
        return LEFT + x / maxX * (w - LEFT - RIGHT);
    }

    private static double py(double y, double maxY) {
        return H - BOTTOM - y / maxY * (H - BOTTOM - TOP);
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

    private static String dash(int i) {
        String d = DASHES[i % DASHES.length];
        return d.isEmpty() ? "" : " stroke-dasharray=\"" + d + "\"";
    }

    private static String f(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
