using System.Text;
using Observatoire.Probes.Reporting;

namespace Observatoire.Probes.Cli;

/// <summary>The changes since the last run, first thing in the console summary: what a reviewer looks at in the morning.</summary>
internal static class ChangesView
{
    public static string Render(RunChanges changes)
    {
        if (changes.Trial)
        {
            return RenderCore(changes) + "\n(essai : moins de la moitié des scénarios du dossier configuré ; comparé sur ses seules démarches"
                + (changes.BesideNightlyRuns
                    ? ", la prochaine mesure complète sera comparée à la précédente ; l'export de ce dossier ne contient plus que ces démarches : pour un essai, --Reports=reports/essais)"
                    : ")");
        }

        return changes.Incomplete
            ? RenderCore(changes) + "\n(mesure incomplète : des parts de la nuit manquent ; leurs démarches sont absentes de cette mesure, et la prochaine sera comparée à la dernière mesure entière)"
            : RenderCore(changes);
    }

    private static string RenderCore(RunChanges changes)
    {
        if (!changes.HasPrevious)
        {
            return "Changements : " + changes.Since;
        }

        if (changes.Procedures.Count == 0)
        {
            return $"Changements {changes.Since} : aucun";
        }

        var sb = new StringBuilder($"Changements {changes.Since} : {changes.Procedures.Count} démarche(s)");
        var width = Math.Max(28, changes.Procedures.Max(c => c.Id.Length));
        foreach (var c in changes.Procedures.OrderByDescending(c => c.Worse).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            var mark = c.Worse ? "▲" : c.After is { Score: { } a } && c.Before is { Score: { } b } && a < b ? "▼" : "•";
            sb.Append(Environment.NewLine).Append($"  {mark} {c.Id.PadRight(width)} {c.Headline}");
            if (c.Detail.Length > 0)
            {
                sb.Append("  ").Append(c.Detail);
            }
        }

        return sb.ToString();
    }
}
