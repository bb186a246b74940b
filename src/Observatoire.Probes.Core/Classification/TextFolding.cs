using System.Globalization;
using System.Text;

namespace Observatoire.Probes.Classification;

/// <summary>
/// Folds French text for matching: lower case, no accents, apostrophes and punctuation as spaces,
/// "n°" as "numero", and a naive plural (trailing s/x) removed from words longer than three letters.
/// Both cues and field texts go through the same folding, so the rule only needs to be consistent.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text) => string.Join(' ', Tokens(text));

    public static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(c switch
                {
                    'œ' or 'Œ' => "oe",
                    'æ' or 'Æ' => "ae",
                    'º' or '°' => "o",
                    _ => char.ToLowerInvariant(c).ToString(),
                });
            }
            else if (c is '°' or 'º')
            {
                word.Append('o');
            }
            else
            {
                Flush(word, tokens);
            }
        }

        Flush(word, tokens);
        return tokens;
    }

    private static void Flush(StringBuilder word, List<string> tokens)
    {
        if (word.Length == 0)
        {
            return;
        }

        var w = word.ToString();
        word.Clear();
        w = w switch
        {
            "no" or "num" or "nº" => "numero",
            _ => w,
        };
        if (w.Length > 3 && (w[^1] == 's' || w[^1] == 'x') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        tokens.Add(w);
    }

    /// <summary>Splits an HTML name or id into lowercase fragments: "dossier[nom_naissance]" → dossier, nom, naissance, nom_naissance.</summary>
    public static List<string> NameFragments(string? name)
    {
        var fragments = new List<string>();
        if (string.IsNullOrEmpty(name))
        {
            return fragments;
        }

        var current = new StringBuilder();
        var parts = new List<string>();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && current.Length > 0 && char.IsLower(name[i - 1]))
            {
                parts.Add(current.ToString());
                current.Clear();
            }

            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        fragments.AddRange(parts);
        for (var i = 0; i + 1 < parts.Count; i++)
        {
            fragments.Add(parts[i] + "_" + parts[i + 1]);
        }

        return fragments;
    }
}
