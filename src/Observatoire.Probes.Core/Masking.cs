using System.Text;

namespace Observatoire.Probes;

/// <summary>Where a personal or secret value is hidden in a text: every occurrence of it as a value, not as letters of another word.</summary>
public static class Masking
{
    /// <summary>
    /// Values shorter than this, with a letter, are hidden only where they stand on their own (no letter or digit glued
    /// to either end; an escape such as « %20 », « \u00e9 » or « &amp;#233; » before them is a boundary): the demo's
    /// FranceConnect login « test » in « attestation » is letters of another word, and masking it there would garble the
    /// evidence and tell where the secret is. Longer values, and numbers of any length (a postcode, a birth year inside
    /// « 06031985 »), are hidden wherever they appear.
    /// </summary>
    public const int WholeWordBelow = 6;

    /// <summary>The text with each occurrence of <paramref name="value"/> replaced by <paramref name="mark"/>; with
    /// <paramref name="wholeWord"/>, only where it stands on its own whatever its length (a secret inside an id or a hash).</summary>
    public static string Replace(string text, string value, string mark, StringComparison comparison, bool wholeWord = false)
    {
        if (value.Length == 0 || !text.Contains(value, comparison))
        {
            return text;
        }

        if (!wholeWord && (value.Length >= WholeWordBelow || !value.Any(char.IsLetter)))
        {
            return text.Replace(value, mark, comparison);
        }

        var result = new StringBuilder(text.Length);
        var from = 0;
        for (var at = text.IndexOf(value, comparison); at >= 0; at = text.IndexOf(value, at + 1, comparison))
        {
            if (at < from || GluedAt(text, value, at))
            {
                continue;
            }

            result.Append(text, from, at - from).Append(mark);
            from = at + value.Length;
        }

        return from == 0 ? text : result.Append(text, from, text.Length - from).ToString();
    }

    /// <summary>True when a letter, a digit, « _ » or « - » of the text touches the value's own letter or digit at either
    /// end (« test_environment », « frag-test.yaml » are other words); an escape right before the value is no letter of
    /// it (« %20Paris », « \u00e9 »).</summary>
    private static bool GluedAt(string text, string value, int at)
    {
        var end = at + value.Length;
        return (at > 0 && InWord(text[at - 1]) && char.IsLetterOrDigit(value[0]) && !EscapeEndsAt(text, at))
            || (end < text.Length && InWord(text[end]) && char.IsLetterOrDigit(value[^1]));
    }

    private static bool InWord(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';

    /// <summary>« %XX » or « \uXXXX » ends right before <paramref name="at"/>.</summary>
    private static bool EscapeEndsAt(string text, int at) =>
        (at >= 3 && text[at - 3] == '%' && char.IsAsciiHexDigit(text[at - 2]) && char.IsAsciiHexDigit(text[at - 1]))
        || (at >= 6 && text[at - 6] == '\\' && text[at - 5] == 'u' && !text.AsSpan(at - 4, 4).ContainsAnyExcept(HexDigits));

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");
}
