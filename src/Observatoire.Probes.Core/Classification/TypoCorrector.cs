namespace Observatoire.Probes.Classification;

/// <summary>
/// Replaces a word that is one typo away from exactly one catalogue word (« imposiiton » → « imposition »,
/// « naissace » → « naissance »). Only a letter missing, doubled or swapped inside the word counts: a different letter,
/// or a change in the last letters, is more often another word or an ending (« courrier », « demandez », « suivi »).
/// </summary>
internal sealed class TypoCorrector
{
    private const int MinLength = 7;

    private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _deletions = new(StringComparer.Ordinal);

    /// <summary>
    /// Words already looked at, with their correction or null: a correction is a function of the word alone, and forms
    /// repeat the same words page after page, so most words are looked up once. Bounded, so odd text cannot grow it forever.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _seen = new();

    private const int MaxSeen = 100_000;

    public void Learn(string token)
    {
        if (!_vocabulary.Add(token) || token.Length < MinLength - 1 || !token.All(char.IsLetter))
        {
            return;
        }

        for (var i = 0; i < token.Length; i++)
        {
            var deletion = token.Remove(i, 1);
            if (!_deletions.TryGetValue(deletion, out var words))
            {
                _deletions[deletion] = words = [];
            }

            if (!words.Contains(token))
            {
                words.Add(token);
            }
        }
    }

    /// <summary>The text with its folded words corrected (a copy, only when one is); says what it read in <paramref name="corrections"/>.</summary>
    public TokenText Correct(TokenText text, List<string> corrections)
    {
        List<string>? corrected = null;
        for (var i = 0; i < text.Count; i++)
        {
            if (CorrectionOf(text.Folded[i]) is { } word)
            {
                corrections.Add($"« {text.Folded[i]} » lu « {word} »");
                corrected ??= [.. text.Folded];
                corrected[i] = word;
            }
        }

        return corrected is null ? text : new TokenText(corrected, text.Plain);
    }

    private string? CorrectionOf(string token)
    {
        if (token.Length < MinLength)
        {
            return null;
        }

        if (_seen.TryGetValue(token, out var known))
        {
            return known;
        }

        var correction = Correction(token);
        if (_seen.Count < MaxSeen)
        {
            _seen.TryAdd(token, correction);
        }

        return correction;
    }

    private string? Correction(string token)
    {
        if (token.Length < MinLength || token.Length > 40 || _vocabulary.Contains(token) || !token.All(char.IsLetter))
        {
            return null;
        }

        string? found = null;
        var ambiguous = false;
        void Consider(string word)
        {
            if (word == found || !IsTypo(token, word))
            {
                return;
            }

            ambiguous |= found is not null;
            found ??= word;
        }

        if (_deletions.TryGetValue(token, out var longer))
        {
            longer.ForEach(Consider);
        }

        for (var i = 0; i < token.Length; i++)
        {
            var deletion = token.Remove(i, 1);
            if (_vocabulary.Contains(deletion))
            {
                Consider(deletion);
            }

            if (_deletions.TryGetValue(deletion, out var same))
            {
                same.ForEach(Consider);
            }
        }

        return ambiguous ? null : found;
    }

    /// <summary>A letter missing or doubled before the last three letters, or two neighbouring letters swapped before the last two.</summary>
    private static bool IsTypo(string typed, string word)
    {
        if (typed.Length == word.Length)
        {
            var first = -1;
            var second = -1;
            for (var i = 0; i < typed.Length; i++)
            {
                if (typed[i] == word[i])
                {
                    continue;
                }

                if (first < 0)
                {
                    first = i;
                }
                else if (second < 0)
                {
                    second = i;
                }
                else
                {
                    return false;
                }
            }

            return second == first + 1 && typed[first] == word[second] && typed[second] == word[first] && second <= word.Length - 2;
        }

        if (Math.Abs(typed.Length - word.Length) != 1)
        {
            return false;
        }

        var (shorter, longer) = typed.Length < word.Length ? (typed, word) : (word, typed);
        var k = 0;
        while (k < shorter.Length && shorter[k] == longer[k])
        {
            k++;
        }

        return k > 0 && k <= longer.Length - 3 && string.Equals(shorter[k..], longer[(k + 1)..], StringComparison.Ordinal);
    }
}
