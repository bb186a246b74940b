using System.Globalization;
using System.Text;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Reporting;

/// <summary>
/// The trend over the kept runs as inline SVG (no script, no external file, printable): one stacked bar per run with its
/// procedures per level, and a line for the share of measured procedures reaching the goal.
/// </summary>
internal static class TrendChart
{
    private const int Width = 760;
    private const int Height = 260;
    private const int Left = 44;
    private const int Right = 44;
    private const int Top = 16;
    private const int Bottom = 40;

    public static readonly IReadOnlyList<(string Level, string Colour)> Levels =
    [
        (DlnufLevels.Optimal, "#18753c"),
        (DlnufLevels.Partiel, "#e4a400"),
        (DlnufLevels.Faible, "#ce0500"),
        (DlnufLevels.AVenir, "#929292"),
        (DlnufLevels.NonApplicable, "#cecece"),
    ];

    public static string Colour(string level) => Levels.FirstOrDefault(l => l.Level == level).Colour ?? "#929292";

    /// <summary>Share of the measured procedures at the goal (Optimal); null when none was measured.</summary>
    public static double? GoalShare(RunSummary run)
    {
        var measured = run.Procedures.Count(p => p.Status == MeasureStatus.Measured);
        return measured == 0 ? null : (double)run.Procedures.Count(p => p.GoalReached) / measured;
    }

    public static string Svg(IReadOnlyList<RunSummary> runs)
    {
        var n = Math.Max(1, runs.Count);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var slot = (double)plotWidth / n;
        var bar = Math.Min(48, slot * 0.6);
        var max = Math.Max(1, runs.Count == 0 ? 1 : runs.Max(r => r.Procedures.Count));
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"trend-title\" class=\"chart\">");
        sb.Append("<title id=\"trend-title\">Évolution des niveaux et de la part des démarches atteignant l'objectif, mesure après mesure</title>");
        for (var tick = 0; tick <= 4; tick++)
        {
            var y = Top + plotHeight - (plotHeight * tick / 4.0);
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#e5e5e5\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" class=\"axis\">{Math.Round(max * tick / 4.0):0}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right + 6}\" y=\"{y + 4:0.#}\" class=\"axis\">{tick * 25} %</text>");
        }

        var points = new List<string>();
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var x = Left + (slot * i) + ((slot - bar) / 2);
            var y = (double)Top + plotHeight;
            foreach (var (level, colour) in Levels)
            {
                var count = run.Procedures.Count(p => p.Level == level);
                if (count == 0)
                {
                    continue;
                }

                var h = plotHeight * count / (double)max;
                y -= h;
                sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{bar:0.#}\" height=\"{h:0.#}\" fill=\"{colour}\"><title>{Html.Encode(French.Day(run.StartedAt))} : {count} {Html.Encode(level)}</title></rect>");
            }

            var label = French.Paris(run.StartedAt).ToString("dd/MM HH:mm", French.Culture);
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (bar / 2):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" class=\"axis\">{Html.Encode(label)}</text>");
            if (GoalShare(run) is { } share)
            {
                points.Add(string.Create(CultureInfo.InvariantCulture, $"{x + (bar / 2):0.#},{Top + plotHeight - (plotHeight * share):0.#}"));
            }
        }

        if (points.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(' ', points)}\" fill=\"none\" stroke=\"#000091\" stroke-width=\"2.5\"/>");
            foreach (var p in points)
            {
                var xy = p.Split(',');
                sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"4\" fill=\"#000091\"/>");
            }
        }

        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 6}\" class=\"axis\">Barres : démarches par niveau (échelle de gauche). Ligne bleue : part des démarches mesurées atteignant l'objectif (échelle de droite).</text>");
        sb.Append("</svg>");
        return sb.ToString();
    }
}
