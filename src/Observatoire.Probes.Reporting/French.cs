using System.Globalization;
using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Reporting;

/// <summary>How published files and pages write our values: French words, French decimals, no English code.</summary>
internal static partial class French
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");

    public static string YesNo(bool value) => value ? "oui" : "non";

    /// <summary>A count and its noun as French writes them: 0 and 1 take the singular (« 1 champ compté », « 2 champs »).</summary>
    public static string Count(int n, string singular, string plural) => n.ToString(CultureInfo.InvariantCulture) + " " + (n < 2 ? singular : plural);

    /// <summary>Names in the order a French reader looks for them (« Économie » among the E, not after « Transition »).</summary>
    public static readonly StringComparer Order = StringComparer.Create(Culture, CompareOptions.IgnoreCase);

    public static string Holding(Holding? holding) => holding switch
    {
        Catalogue.Holding.Held => "détenue",
        Catalogue.Holding.Key => "clé",
        Catalogue.Holding.NotHeld => "non détenue",
        _ => "non reconnue",
    };

    public static string Status(MeasureStatus status) => status switch
    {
        MeasureStatus.Measured => "Mesurée",
        MeasureStatus.NotApplicable => "Non applicable",
        _ => "Non mesurée",
    };

    /// <summary>The cause of "not measured", as the published columns write it; empty when measured.</summary>
    public static string Cause(ProcedureResult result) =>
        result.Score.Status == MeasureStatus.NotMeasured ? (result.FailureKind ?? FailureKind.BrowserError).French() : "";

    /// <summary>A confidence as French Excel reads a number: 0,85.</summary>
    public static string Decimal(double value) => value.ToString("0.00", Culture);

    public static string Percent(double share) => share.ToString("0 %", Culture);

    /// <summary>A date and time in Paris, as a person reads it: 2 décembre 2026 à 05:07.</summary>
    public static string When(DateTimeOffset at) => Paris(at).ToString("d MMMM yyyy 'à' HH:mm", Culture);

    public static string Day(DateTimeOffset at) => Paris(at).ToString("dd/MM/yyyy", Culture);

    public static DateTime Paris(DateTimeOffset at)
    {
        try
        {
            return TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime;
        }
        catch (TimeZoneNotFoundException)
        {
            return at.UtcDateTime;
        }
    }

    /// <summary>"8 (Faible)", "À venir", "Non applicable": a score with its level, or the level alone.</summary>
    public static string ScoreAndLevel(int? score, string level) =>
        score is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s} ({level})") : level;

    /// <summary>
    /// A step of the walk as the French report names it (« cliquer sur le bouton « Suivant » »), from the walker's own
    /// words (<c>click button "Suivant"</c>, the words `probes check` prints); a form it does not know is left as it is.
    /// </summary>
    public static string Step(string description) => Scenarios.StepWording.French(description);
}
