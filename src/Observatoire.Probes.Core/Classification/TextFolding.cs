using System.Globalization;
using System.Text;

namespace Observatoire.Probes.Classification;

/// <summary>
/// Folds French text for matching: lower case, no accents, apostrophes and punctuation as spaces,
/// "n°" as "numero", a naive plural (trailing s/x) removed from words longer than three letters, and inclusive
/// endings glued to a word dropped ("Né(e)", "Prénom(s)", "inscrit(e)" read as "né", "prénom", "inscrit").
/// Both cues and field texts go through the same folding, so the rule only needs to be consistent.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text) => string.Join(' ', Tokens(text));

    public static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        Split(text, tokens, null);
        return tokens;
    }

    /// <summary>
    /// The folded tokens and, beside each, the same word in lower case with its accents and its plural ("statuts" stays
    /// "statuts", "adressé" stays "adressé"): a cue can ask for the exact form when two forms mean different things
    /// (« statut » / « statuts », « adresse » / « adressé »).
    /// </summary>
    public static (List<string> Folded, List<string> Plain) Words(string? text)
    {
        var folded = new List<string>();
        var plain = new List<string>();
        Split(text, folded, plain);
        return (folded, plain);
    }

    /// <summary>Texts longer than this are cut: no label is longer, and the classifier's cost stays linear and bounded.</summary>
    public const int MaxLength = 4000;

    private static void Split(string? text, List<string> tokens, List<string>? plain)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        var word = new StringBuilder();
        var accented = plain is null ? null : new StringBuilder();
        foreach (var c in DropInclusiveEndings(text).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                accented?.Append(c);
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                switch (c)
                {
                    case 'œ' or 'Œ':
                        word.Append("oe");
                        break;
                    case 'æ' or 'Æ':
                        word.Append("ae");
                        break;
                    case 'º' or '°':
                        word.Append('o');
                        break;
                    default:
                        word.Append(char.ToLowerInvariant(c)); // a char, not a string per letter
                        break;
                }

                accented?.Append(c is 'º' or '°' ? 'o' : char.ToLowerInvariant(c));
            }
            else if (c is '°' or 'º')
            {
                word.Append('o');
                accented?.Append('o');
            }
            else
            {
                Flush(word, tokens, plain, accented);
            }
        }

        Flush(word, tokens, plain, accented);
    }

    /// <summary>
    /// Drops a parenthesised ending of one to four letters glued to a word — "Né(e)", "Prénom(s)", "Veuf(ve)" — so that it
    /// neither splits a sentence nor leaves a stray token; "(CAF)" after a space is kept.
    /// </summary>
    public static string DropInclusiveEndings(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '(' && i > 0 && char.IsLetter(text[i - 1]))
            {
                var j = i + 1;
                while (j < text.Length && char.IsLetter(text[j]) && j - i <= 4)
                {
                    j++;
                }

                if (j < text.Length && text[j] == ')' && j > i + 1 && j - i <= 5)
                {
                    i = j + 1;
                    continue;
                }
            }

            result.Append(c);
            i++;
        }

        return result.ToString();
    }

    private static void Flush(StringBuilder word, List<string> tokens, List<string>? plain, StringBuilder? accented)
    {
        if (word.Length == 0)
        {
            accented?.Clear();
            return;
        }

        var w = word.ToString();
        word.Clear();
        w = w switch
        {
            "no" or "num" or "nº" => "numero",
            _ => w,
        };
        if (plain is not null)
        {
            var exact = accented!.ToString().Normalize(NormalizationForm.FormC);
            accented.Clear();
            plain.Add(w == "numero" ? w : exact);
        }

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
