using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Classification;

namespace Observatoire.Probes.Scoring;

/// <summary>
/// The scores a measured procedure can still have once a reviewer settles its fields « à revoir »: each flagged field
/// may be decided the other way, so a flagged counted item may drop out and a flagged field that names a held item may
/// come in. When both ends fall in one level, the published level does not depend on the review.
/// </summary>
public sealed record ScoreSpan(int Lowest, int Highest)
{
    public string LowestLevel => DlnufLevels.ForScore(Lowest);

    public string HighestLevel => DlnufLevels.ForScore(Highest);

    /// <summary>True when no decision of a field « à revoir » can move the procedure to another level.</summary>
    public bool LevelSettled => LowestLevel == HighestLevel;

    /// <summary>« Optimal à Partiel »: the levels the review may lead to, for a reviewer and the export.</summary>
    public string LevelsText => LevelSettled ? LowestLevel : $"{LowestLevel} à {HighestLevel}";

    /// <summary>
    /// A field flagged and not yet reviewed widens the span: if counted, its item may be the only one to drop (the
    /// lowest score keeps the items some settled field counts); if not counted, a held item it names may be asked after
    /// all. A pre-filled field asks nothing either way, and a field no item was recognised for is left to the count of
    /// fields « à revoir »: nothing says which held item, if any, it would be.
    /// </summary>
    public static ScoreSpan Of(IEnumerable<FieldDecision> decisions) =>
        Of(decisions.Select(d => new FieldFacts(d.ItemId, d.Counted, d.AwaitsReview, d.Prefilled, d.Holding == Holding.Held)));

    /// <summary>What the span reads of a field: a decision, or a night's summary of one.</summary>
    public readonly record struct FieldFacts(string? ItemId, bool Counted, bool AwaitsReview, bool Prefilled, bool Held);

    public static ScoreSpan Of(IEnumerable<FieldFacts> fields)
    {
        var settled = new HashSet<string>(StringComparer.Ordinal);
        var possible = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in fields)
        {
            if (f.ItemId is not { } item)
            {
                continue;
            }

            if (f.Counted)
            {
                possible.Add(item);
                if (!f.AwaitsReview)
                {
                    settled.Add(item);
                }
            }
            else if (f.AwaitsReview && !f.Prefilled && f.Held)
            {
                possible.Add(item);
            }
        }

        return new ScoreSpan(settled.Count, possible.Count);
    }
}
