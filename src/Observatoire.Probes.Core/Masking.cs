using System.Text;

namespace Observatoire.Probes;

/// <summary>Where a personal or secret value is hidden in a text: every occurrence of it as a value, not as letters of another word.</summary>
public static class Masking
{
    /// <summary>
    /// Values shorter than this are hidden only where they stand on their own (no letter or digit glued to either end):
    /// the demo's FranceConnect password « 123 » in « 2023AB12345 » or its login « test » in « attestation » are letters
    /// of other words, and masking them there would garble the evidence and tell where the secret is. Longer values are
    /// hidden wherever they appear.
    /// </summary>
    public const int WholeWordBelow = 6;

    /// <summary>The text with each occurrence of <paramref name="value"/> replaced by <paramref name="mark"/>.</summary>
    public static string Replace(string text, string value, string mark, StringComparison comparison)
    {
        if (value.Length == 0 || !text.Contains(value, comparison))
        {
            return text;
        }

        if (value.Length >= WholeWordBelow)
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

    /// <summary>True when a letter or a digit of the text touches the value's own letter or digit at either end.</summary>
    private static bool GluedAt(string text, string value, int at)
    {
        var end = at + value.Length;
        return (at > 0 && char.IsLetterOrDigit(text[at - 1]) && char.IsLetterOrDigit(value[0]))
            || (end < text.Length && char.IsLetterOrDigit(text[end]) && char.IsLetterOrDigit(value[^1]));
    }
}
