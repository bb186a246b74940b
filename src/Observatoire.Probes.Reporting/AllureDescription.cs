using System.Globalization;
using System.Text;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Reporting;

/// <summary>
/// The overview of a procedure in the report (Markdown): the score and what it counts, why it was not measured, what
/// changed since the last run, the procedure's kept history night by night, the fields « à revoir », and how to open
/// the trace without the internet.
/// </summary>
internal static class AllureDescription
{
    private const int MaxFieldChanges = 25;

    public static string Of(ProcedureResult result, IReadOnlyList<(RunSummary Run, ProcedureSummary Procedure)> history, ProcedureChange? change, RunSummary? previous)
    {
        var s = result.Score;
        var sb = new StringBuilder();
        void Line(FormattableString text) => sb.Append(text.ToString(CultureInfo.InvariantCulture)).Append('\n');

        Line($"**{result.Procedure.Title}** — {result.Procedure.Administration}\n");
        Line($"- Score_DLNUF : **{(s.Score is { } score ? score.ToString(CultureInfo.InvariantCulture) : "—")}** — niveau **{s.Level}**");
        if (result.LevelToConfirm() is { } span)
        {
            Line($"- **Niveau à confirmer** : selon la relecture des champs « à revoir », le score irait de {span.Lowest} à {span.Highest} ({span.LevelsText})");
        }
        if (s.WeightedScore is { } w)
        {
            Line($"- Score pondéré (diagnostic) : {w}");
        }

        Line($"- FranceConnect : {result.Procedure.FranceConnect}");
        if (Scenarios.ProcedureInfo.IsStructures(result.Procedure.Public))
        {
            // The scenario's context changes how bare names and addresses read: a reviewer contesting a score must see it.
            Line($"- Démarche d'une structure (public « {result.Procedure.Public} ») : un nom qu'aucun titre ne donne à une personne y est la donnée professionnelle de qui la dépose, une adresse sans titre celle de la structure");
        }

        Line($"- Mesurée le {French.When(result.MeasuredAt)} (heure de Paris) avec le persona « {result.PersonaId} »");
        if (s.Counted.Count > 0)
        {
            sb.Append("\n**Données redemandées alors que l'administration les détient :**\n\n");
            foreach (var c in s.Counted)
            {
                var replacement = result.Decisions.FirstOrDefault(d => d.ItemId == c.ItemId && d.Counted)?.Replacement;
                Line($"- {c.Label} `{c.ItemId}` — champs : {string.Join(" ; ", c.Fields)} (personnes : {string.Join(", ", c.Persons)}){(string.IsNullOrEmpty(replacement) ? "" : $" — à obtenir par : {replacement}")}");
            }
        }

        if (result.FailureMessage is { } failure)
        {
            Line($"\n**Non mesurée — {French.Cause(result)}** : {failure}");
        }

        foreach (var drift in result.Drift)
        {
            Line($"\n⚠ Écart avec l'attendu : {drift}");
        }

        foreach (var stale in result.StaleOverrides)
        {
            Line($"\n⚠ Décision de relecture non appliquée : {stale}");
        }

        Changes(sb, change, previous);
        History(sb, result, history);
        Review(sb, result);

        var reviewed = result.Decisions.Count(d => d.Reviewer is not null);
        var ambiguous = result.Decisions.Count(FieldTable.ToReview);
        Line($"\n{French.Count(result.Decisions.Count, "champ vu", "champs vus")}, {French.Count(reviewed, "décision revue", "décisions revues")} par un relecteur, {ambiguous} à revoir.");
        if (result.TracePath is not null)
        {
            Line($"\nTrace Playwright : `probes trace {result.Procedure.Id}` l'ouvre dans la visionneuse de Playwright servie sur cette machine (127.0.0.1), sans internet ; la pièce jointe « Trace Playwright » est le même fichier.");
        }

        sb.Append("\nLégende des captures : rouge = compté ; vert pointillé = pré-rempli ; bleu pointillé = identifiant-clé. Les valeurs saisies sont masquées.\n");
        sb.Append("\n" + Contest + "\n");
        return sb.ToString();
    }

    private static void Changes(StringBuilder sb, ProcedureChange? change, RunSummary? previous)
    {
        if (previous is null)
        {
            return;
        }

        sb.Append(CultureInfo.InvariantCulture, $"\n**Depuis la mesure du {French.When(previous.StartedAt)} :** ");
        if (change is null)
        {
            sb.Append("rien n'a changé.\n");
            return;
        }

        sb.Append(change.Headline).Append('\n');
        if (change.Kinds.Contains(ChangeKind.ToConfirm))
        {
            sb.Append(change.After?.LevelsToConfirm is { } levels ? $"- niveau désormais à confirmer : {levels}\n" : "- aucun champ « à revoir » ne peut plus changer le niveau\n");
        }

        foreach (var item in change.ItemsAdded)
        {
            sb.Append(CultureInfo.InvariantCulture, $"- désormais comptée : {item.Label} `{item.Id}`\n");
        }

        foreach (var item in change.ItemsRemoved)
        {
            sb.Append(CultureInfo.InvariantCulture, $"- plus comptée : {item.Label} `{item.Id}`\n");
        }

        foreach (var f in change.Fields.Take(MaxFieldChanges))
        {
            sb.Append(CultureInfo.InvariantCulture, $"- {ChangesFiles.Name(f.Kind)} : « {f.Label} »{(f.Person == "demandeur" ? "" : $" ({f.Person})")}{(f.Before is null ? "" : $" — avant : {f.Before}")}{(f.After is null ? "" : $" — maintenant : {f.After}")}\n");
        }

        if (change.Fields.Count > MaxFieldChanges)
        {
            sb.Append(CultureInfo.InvariantCulture, $"- … et {change.Fields.Count - MaxFieldChanges} autres changements de champs (changes.csv)\n");
        }
    }

    /// <summary>The procedure night by night: Allure's own history tab shows a status and a duration, not the indicator.</summary>
    private static void History(StringBuilder sb, ProcedureResult result, IReadOnlyList<(RunSummary Run, ProcedureSummary Procedure)> history)
    {
        if (history.Count == 0)
        {
            return;
        }

        sb.Append("\n**Historique des mesures (de la plus récente à la plus ancienne) :**\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"- {French.When(result.MeasuredAt)} : **{ProcedureSummary.Of(result).Display}**{Items(result.Score.Counted.Select(c => c.Label))}\n");
        foreach (var (run, p) in history.AsEnumerable().Reverse())
        {
            sb.Append(CultureInfo.InvariantCulture, $"- {French.When(run.StartedAt)} : {p.Display}{Items(p.Counted.Select(c => c.Label))}\n");
        }
    }

    private static string Items(IEnumerable<string> labels)
    {
        var list = labels.ToList();
        return list.Count == 0 ? "" : " — " + string.Join(", ", list);
    }

    private static void Review(StringBuilder sb, ProcedureResult result)
    {
        var review = result.Decisions.Where(FieldTable.ToReview).ToList();
        if (review.Count == 0)
        {
            return;
        }

        sb.Append("\n**Champs « à revoir »** (décision peu sûre : confiance calibrée faible, ou seconde lecture statistique en désaccord, la raison le dit ; ou donnée non reconnue ; colonne A_revoir des tableaux de champs) :\n\n");
        foreach (var d in review)
        {
            sb.Append(CultureInfo.InvariantCulture, $"- « {d.FieldLabel} » ({d.Page}) : {(d.ItemLabel ?? "non reconnu")}, {(d.Counted ? "compté" : "non compté")}, confiance {French.Decimal(d.Confidence)}\n");
        }
    }

    /// <summary>What a ministry that disagrees with a decision does: the same words in the evidence and in the synthesis.</summary>
    internal const string Contest = "Contester une décision : chaque champ compté a sa page, sa capture et sa raison dans ce rapport. L'administration qui "
        + "conteste une décision l'adresse à l'équipe de l'observatoire en citant la démarche, la page et le champ ; la décision retenue est inscrite "
        + "dans le scénario de la démarche (décision de relecture, avec son auteur et sa date) et s'applique dès la mesure suivante, où elle est signalée. "
        + "Les champs lus sont joints au rapport (« Champs lus ») : la commande « probes classify » y rejoue chaque décision et dit ce que deviendrait un autre libellé.";
}
