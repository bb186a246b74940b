namespace Observatoire.Probes.Scoring;

/// <summary>The observatoire's levels (rule in force since June 2023, see docs/domain/dlnuf.md).</summary>
public static class DlnufLevels
{
    public const string Optimal = "Optimal";
    public const string Partiel = "Partiel";
    public const string Faible = "Faible";
    public const string NonApplicable = "Non applicable";
    public const string AVenir = "À venir";

    public static readonly IReadOnlyList<string> All = [Optimal, Partiel, Faible, NonApplicable, AVenir];

    /// <summary>The level with the highest threshold not above the score: 0–1 Optimal, 2–4 Partiel, 5+ Faible.</summary>
    public static string ForScore(int score)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(score);
        return score switch
        {
            <= 1 => Optimal,
            <= 4 => Partiel,
            _ => Faible,
        };
    }

    public static string Colour(string level) => level switch
    {
        Optimal => "vert",
        Partiel => "jaune",
        Faible => "rouge",
        _ => "gris",
    };
}
