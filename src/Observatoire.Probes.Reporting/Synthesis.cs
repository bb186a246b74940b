using System.Globalization;
using System.Text;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Reporting;

/// <summary>
/// reports/synthesis.html: the night's results for people who never opened Allure (a minister's office, a ministry's
/// digital lead). One static French page, styles inline, no script and no request outside the file, printable as it is
/// (the runner prints it to synthesis.pdf): key figures, what changed, each ministry and administration by level, the
/// trend over the kept runs, the procedures furthest from the goal, and which data to plug first.
/// </summary>
public static class Synthesis
{
    public const string FileName = "synthesis.html";

    public static string Write(string directory, IReadOnlyList<ProcedureResult> results, IReadOnlyList<RunSummary> runs, RunChanges changes, string toolVersion)
    {
        var path = Path.Combine(directory, FileName);
        AtomicFile.WriteAllText(path, Html(results, runs, changes, toolVersion));
        return path;
    }

    internal static string Html(IReadOnlyList<ProcedureResult> results, IReadOnlyList<RunSummary> runs, RunChanges changes, string toolVersion)
    {
        var ordered = results.OrderBy(r => r.Procedure.Ministry, French.Order).ThenBy(r => r.Procedure.Title, French.Order).ToList();
        var measured = ordered.Where(r => r.Score.Status == MeasureStatus.Measured).ToList();
        var atGoal = measured.Count(r => r.Score.GoalReached);
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        h.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        var flavour = changes.Trial ? " (essai)" : changes.Incomplete ? " (incomplète)" : "";
        h.Append(Inv($"<title>Dites-le-nous une fois — synthèse de la mesure du {E(French.Day(changes.StartedAt))}{flavour}</title>\n"));
        h.Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");
        h.Append("<header><p class=\"kicker\">Observatoire de la qualité des démarches en ligne — indicateur « Dites-le-nous une fois »</p>");
        h.Append(Inv($"<h1>Synthèse de la mesure du {E(French.When(changes.StartedAt))}{flavour}</h1>"));
        if (changes.Trial)
        {
            // A file or two tried by an author: not a measure of the observatoire's procedures, and read as such.
            h.Append("<p class=\"lead\"><strong>Essai</strong> : cette mesure ne porte que sur les démarches demandées pour l'essai ; elle n'est pas une mesure de l'observatoire et la mesure suivante ne lui sera pas comparée.</p>");
        }
        else if (changes.Incomplete)
        {
            // A shard of the night failed: what it held is not measured tonight, and says so rather than vanishing.
            h.Append("<p class=\"lead\"><strong>Mesure incomplète</strong> : une partie des démarches n'a pas été mesurée cette nuit (elles figurent parmi les changements comme absentes de cette mesure) ; la mesure suivante sera comparée à la dernière mesure entière.</p>");
        }

        h.Append(Inv($"<p class=\"lead\">{measured.Count} démarche(s) mesurée(s) sur {ordered.Count}. Une démarche atteint l'objectif quand elle ne redemande pas plus d'une donnée que l'administration détient déjà (Score_DLNUF de 0 ou 1, niveau Optimal).</p></header>\n"));

        KeyFigures(h, ordered, measured, atGoal);
        Changes(h, changes);
        ByMinistry(h, ordered);
        Trend(h, runs);
        Worst(h, measured);
        PlugFirst(h, results, measured.Count, atGoal);
        NotMeasured(h, ordered);
        Unapplied(h, ordered);
        h.Append("<footer><h2>Méthode</h2><p>Score_DLNUF : nombre de données distinctes qu'une démarche demande de saisir ou de téléverser alors qu'une administration les détient (règle en vigueur depuis juin 2023 : 0-1 Optimal, 2-4 Partiel, 5 et plus Faible). ");
        h.Append("Une donnée déjà remplie, un identifiant qui permet à l'administration d'aller chercher la donnée (numéro fiscal, SIRET…) et une donnée qu'aucune administration ne détient ne comptent pas. ");
        h.Append("Une démarche qui n'a pas pu être parcourue jusqu'au bout est « À venir », jamais un score. Les sondes ne soumettent jamais de demande.</p>");
        h.Append(Inv($"<p>{E(AllureDescription.Contest)}</p>"));
        h.Append(Inv($"<p class=\"small\">Mesure {E(changes.RunId)} · Observatoire.Probes {E(toolVersion)} · page produite le {E(French.When(DateTimeOffset.UtcNow))} (heure de Paris). Le détail de chaque démarche (captures, champs, raisons) est dans le rapport de preuves ; les fichiers indicator.csv et indicator.xlsx portent les mêmes chiffres.</p></footer>\n"));
        h.Append("</main>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static void KeyFigures(StringBuilder h, List<ProcedureResult> all, List<ProcedureResult> measured, int atGoal)
    {
        h.Append("<section aria-labelledby=\"chiffres\"><h2 id=\"chiffres\">Chiffres clés</h2><div class=\"figures\">");
        Figure(h, measured.Count == 0 ? "—" : French.Percent((double)atGoal / measured.Count), $"des démarches mesurées atteignent l'objectif ({atGoal} sur {measured.Count})", "goal");
        foreach (var level in new[] { DlnufLevels.Optimal, DlnufLevels.Partiel, DlnufLevels.Faible, DlnufLevels.AVenir })
        {
            Figure(h, all.Count(r => r.Score.Level == level).ToString(CultureInfo.InvariantCulture), level == DlnufLevels.AVenir ? "À venir (non mesurées)" : level, null, TrendChart.Colour(level));
        }

        var review = all.Sum(IndicatorExport.ToReview);
        Figure(h, review.ToString(CultureInfo.InvariantCulture), "champs « à revoir » (décision peu sûre, à confirmer)", null);
        var unsettled = measured.Count(r => r.LevelToConfirm() is not null);
        Figure(h, unsettled.ToString(CultureInfo.InvariantCulture), unsettled < 2 ? "démarche dont le niveau dépend de ces champs (niveau à confirmer)" : "démarches dont le niveau dépend de ces champs (niveau à confirmer)", null);
        h.Append("</div></section>\n");
    }

    private static void Figure(StringBuilder h, string value, string label, string? css, string? colour = null) =>
        h.Append(Inv($"<div class=\"figure {css}\"{(colour is null ? "" : $" style=\"border-top-color:{colour}\"")}><span class=\"value\">{E(value)}</span><span class=\"label\">{E(label)}</span></div>"));

    private static void Changes(StringBuilder h, RunChanges changes)
    {
        h.Append(Inv($"<section aria-labelledby=\"changements\" id=\"section-changements\"><h2 id=\"changements\">Ce qui a changé {E(changes.Since)}</h2>"));
        if (!changes.HasPrevious)
        {
            h.Append("<p>Les prochaines mesures seront comparées à celle-ci.</p></section>\n");
            return;
        }

        if (changes.Procedures.Count == 0)
        {
            h.Append("<p>Aucune démarche n'a changé de statut, de score, de niveau, d'éléments comptés ni de champs.</p></section>\n");
            return;
        }

        h.Append(Inv($"<p>{changes.Procedures.Count} démarche(s) ont changé. Le détail champ par champ est dans changes.csv.</p>"));
        h.Append("<table><thead><tr><th scope=\"col\">Démarche</th><th scope=\"col\">Ministère</th><th scope=\"col\">Avant → après</th><th scope=\"col\">Détail</th></tr></thead><tbody>");
        foreach (var c in changes.Procedures.OrderByDescending(c => c.Worse).ThenBy(c => c.Title, StringComparer.Ordinal))
        {
            h.Append(Inv($"<tr class=\"{(c.Worse ? "worse" : "")}\"><td>{E(c.Title)}</td><td>{E(c.Ministry)}</td><td>{E(c.Headline)}</td><td>{E(c.Detail)}</td></tr>"));
        }

        h.Append("</tbody></table></section>\n");
    }

    private static void ByMinistry(StringBuilder h, List<ProcedureResult> all)
    {
        var levels = new[] { DlnufLevels.Optimal, DlnufLevels.Partiel, DlnufLevels.Faible, DlnufLevels.AVenir, DlnufLevels.NonApplicable };
        h.Append("<section aria-labelledby=\"ministeres\"><h2 id=\"ministeres\">Par ministère et administration</h2>");
        h.Append("<table class=\"numbers\"><thead><tr><th scope=\"col\">Ministère / administration</th><th scope=\"col\">Démarches</th>");
        foreach (var level in levels)
        {
            h.Append(Inv($"<th scope=\"col\"><span class=\"dot\" style=\"background:{TrendChart.Colour(level)}\"></span>{E(level)}</th>"));
        }

        h.Append("<th scope=\"col\">Objectif atteint</th></tr></thead><tbody>");
        foreach (var ministry in all.GroupBy(r => r.Procedure.Ministry))
        {
            Row(h, ministry.Key, [.. ministry], levels, "ministry");
            foreach (var administration in ministry.GroupBy(r => r.Procedure.Administration))
            {
                Row(h, administration.Key, [.. administration], levels, "administration");
            }
        }

        Row(h, "Ensemble", all, levels, "total");
        h.Append("</tbody></table></section>\n");
    }

    private static void Row(StringBuilder h, string name, List<ProcedureResult> group, string[] levels, string css)
    {
        var measured = group.Count(r => r.Score.Status == MeasureStatus.Measured);
        var goal = group.Count(r => r.Score.Status == MeasureStatus.Measured && r.Score.GoalReached);
        h.Append(Inv($"<tr class=\"{css}\"><th scope=\"row\">{E(name)}</th><td>{group.Count}</td>"));
        foreach (var level in levels)
        {
            var count = group.Count(r => r.Score.Level == level);
            h.Append(Inv($"<td>{(count == 0 ? "" : count.ToString(CultureInfo.InvariantCulture))}</td>"));
        }

        h.Append(Inv($"<td>{(measured == 0 ? "—" : $"{French.Percent((double)goal / measured)} ({goal}/{measured})")}</td></tr>"));
    }

    private static void Trend(StringBuilder h, IReadOnlyList<RunSummary> runs)
    {
        if (runs.Count == 0)
        {
            return; // trials only (they never join the trend): nothing to draw
        }

        h.Append(Inv($"<section aria-labelledby=\"evolution\"><h2 id=\"evolution\">Évolution sur les {runs.Count} dernière(s) mesure(s) conservée(s)</h2>"));
        h.Append(TrendChart.Svg(runs));
        h.Append("<table class=\"numbers compact\"><thead><tr><th scope=\"col\">Mesure</th><th scope=\"col\">Optimal</th><th scope=\"col\">Partiel</th><th scope=\"col\">Faible</th><th scope=\"col\">À venir</th><th scope=\"col\">Objectif atteint</th><th scope=\"col\">Score moyen</th></tr></thead><tbody>");
        foreach (var run in runs.Reverse())
        {
            var scores = run.Procedures.Where(p => p.Score is not null).Select(p => p.Score!.Value).ToList();
            h.Append(Inv($"<tr><th scope=\"row\">{E(French.When(run.StartedAt))}</th>"));
            foreach (var level in new[] { DlnufLevels.Optimal, DlnufLevels.Partiel, DlnufLevels.Faible, DlnufLevels.AVenir })
            {
                h.Append(Inv($"<td>{run.Procedures.Count(p => p.Level == level)}</td>"));
            }

            h.Append(Inv($"<td>{(TrendChart.GoalShare(run) is { } share ? French.Percent(share) : "—")}</td><td>{(scores.Count == 0 ? "—" : scores.Average().ToString("0.0", French.Culture))}</td></tr>"));
        }

        h.Append("</tbody></table></section>\n");
    }

    private static void Worst(StringBuilder h, List<ProcedureResult> measured)
    {
        var worst = measured.Where(r => !r.Score.GoalReached).OrderByDescending(r => r.Score.Score).ThenBy(r => r.Procedure.Title, StringComparer.Ordinal).Take(10).ToList();
        h.Append("<section aria-labelledby=\"eloignees\"><h2 id=\"eloignees\">Les démarches les plus éloignées de l'objectif</h2>");
        if (worst.Count == 0)
        {
            h.Append("<p>Toutes les démarches mesurées atteignent l'objectif.</p></section>\n");
            return;
        }

        h.Append("<table><thead><tr><th scope=\"col\">Démarche</th><th scope=\"col\">Administration</th><th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Niveau</th><th scope=\"col\">Données redemandées</th></tr></thead><tbody>");
        foreach (var r in worst)
        {
            h.Append(Inv($"<tr><td>{E(r.Procedure.Title)}</td><td>{E(r.Procedure.Administration)}</td><td class=\"num\">{r.Score.Score}</td><td><span class=\"dot\" style=\"background:{TrendChart.Colour(r.Score.Level)}\"></span>{E(r.Score.Level)}</td><td>{E(string.Join(" ; ", r.Score.Counted.Select(c => c.Label)))}</td></tr>"));
        }

        h.Append("</tbody></table></section>\n");
    }

    private static void PlugFirst(StringBuilder h, IReadOnlyList<ProcedureResult> results, int measured, int atGoal)
    {
        var ranked = WhatIf.Rank(results);
        h.Append("<section aria-labelledby=\"brancher\"><h2 id=\"brancher\">Quelles données brancher en premier</h2>");
        if (ranked.Count == 0)
        {
            h.Append("<p>Aucune donnée détenue n'est redemandée.</p></section>\n");
            return;
        }

        h.Append(Inv($"<p>Pour chaque donnée redemandée, le score de chaque démarche est recalculé à partir de ses champs, sans cette donnée, comme si l'administration l'obtenait elle-même par l'API indiquée. Aujourd'hui {atGoal} démarche(s) sur {measured} mesurée(s) atteignent l'objectif ; la dernière colonne branche les données dans l'ordre du tableau, l'une après l'autre.</p>"));
        h.Append("<table><thead><tr><th scope=\"col\">#</th><th scope=\"col\">Donnée</th><th scope=\"col\">API qui l'évite</th><th scope=\"col\">Détenue par</th><th scope=\"col\" class=\"num\">Démarches qui la redemandent</th><th scope=\"col\" class=\"num\">Changeraient de niveau</th><th scope=\"col\" class=\"num\">Atteindraient l'objectif</th><th scope=\"col\" class=\"num\">À l'objectif en branchant jusqu'ici</th></tr></thead><tbody>");
        var rank = 0;
        foreach (var c in ranked)
        {
            h.Append(Inv($"<tr><td>{++rank}</td><td>{E(c.Label)} <code>{E(c.ItemId)}</code></td><td>{E(c.Replacement)}</td><td>{E(c.Provider)}</td><td class=\"num\" title=\"{E(string.Join(", ", c.Procedures))}\">{c.Procedures.Count}</td><td class=\"num\">{c.LevelChanges}</td><td class=\"num\">{c.ReachGoal}</td><td class=\"num\">{c.GoalReachedIfPluggedInOrder}/{measured}</td></tr>"));
        }

        h.Append("</tbody></table></section>\n");
    }

    private static void NotMeasured(StringBuilder h, List<ProcedureResult> all)
    {
        var notMeasured = all.Where(r => r.Score.Status == MeasureStatus.NotMeasured).ToList();
        if (notMeasured.Count == 0)
        {
            return;
        }

        h.Append("<section aria-labelledby=\"nonmesurees\"><h2 id=\"nonmesurees\">Démarches non mesurées cette fois</h2><p>Elles ne sont pas notées : la cause est à lever avant la prochaine mesure.</p><table><thead><tr><th scope=\"col\">Démarche</th><th scope=\"col\">Administration</th><th scope=\"col\">Cause</th></tr></thead><tbody>");
        foreach (var r in notMeasured)
        {
            h.Append(Inv($"<tr><td>{E(r.Procedure.Title)}</td><td>{E(r.Procedure.Administration)}</td><td>{E(French.Cause(r))}</td></tr>"));
        }

        h.Append("</tbody></table></section>\n");
    }

    /// <summary>Reviewers' decisions a scenario holds that did not apply tonight (the field is gone, or the decision was refused):
    /// a ministry's contest must not stop counting unseen.</summary>
    private static void Unapplied(StringBuilder h, List<ProcedureResult> all)
    {
        var unapplied = all.Where(r => r.StaleOverrides.Count > 0).ToList();
        if (unapplied.Count == 0)
        {
            return;
        }

        h.Append("<section aria-labelledby=\"relectures\"><h2 id=\"relectures\">Décisions de relecture non appliquées</h2><p>Ces décisions, inscrites dans les scénarios, n'ont pas pu s'appliquer cette fois : la démarche est notée sans elles jusqu'à ce qu'elles soient mises à jour.</p><table><thead><tr><th scope=\"col\">Démarche</th><th scope=\"col\">Administration</th><th scope=\"col\">Décision</th></tr></thead><tbody>");
        foreach (var r in unapplied)
        {
            foreach (var stale in r.StaleOverrides)
            {
                h.Append(Inv($"<tr><td>{E(r.Procedure.Title)}</td><td>{E(r.Procedure.Administration)}</td><td>{E(stale)}</td></tr>"));
            }
        }

        h.Append("</tbody></table></section>\n");
    }

    private static string E(string? text) => Reporting.Html.Encode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private const string Style = """
        :root { color-scheme: light; }
        body { margin: 0; background: #f6f6f6; color: #161616; font: 15px/1.5 Marianne, Arial, "Helvetica Neue", sans-serif; }
        main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
        .kicker { color: #000091; font-weight: 700; margin: 0; }
        h1 { font-size: 28px; margin: 4px 0 8px; }
        h2 { font-size: 21px; margin: 32px 0 10px; border-bottom: 2px solid #000091; padding-bottom: 4px; }
        .lead { color: #3a3a3a; }
        .figures { display: flex; flex-wrap: wrap; gap: 12px; }
        .figure { flex: 1 1 140px; border: 1px solid #ddd; border-top: 5px solid #000091; padding: 10px 12px; }
        .figure .value { display: block; font-size: 30px; font-weight: 700; }
        .figure .label { display: block; color: #3a3a3a; font-size: 13px; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 14px; }
        th, td { border-bottom: 1px solid #e5e5e5; padding: 5px 8px; text-align: left; vertical-align: top; }
        thead th { background: #eeeef8; }
        .numbers td, td.num, th.num { text-align: right; }
        tr.ministry th, tr.ministry td { background: #f5f5fe; font-weight: 700; }
        tr.administration th { padding-left: 24px; font-weight: 400; }
        tr.total th, tr.total td { font-weight: 700; border-top: 2px solid #161616; }
        tr.worse td { background: #fff4f3; }
        .dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; }
        .chart { width: 100%; height: auto; max-width: 760px; display: block; }
        .chart .axis { font-size: 11px; fill: #555; }
        code { font-size: 12px; color: #555; }
        .small, footer p { font-size: 13px; color: #3a3a3a; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { background: #fff; font-size: 11.5px; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          tr, .figure, svg { break-inside: avoid; }
          thead { display: table-header-group; }
        }
        """;
}
