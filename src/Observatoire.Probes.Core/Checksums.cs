using System.Globalization;
using System.Numerics;

namespace Observatoire.Probes;

/// <summary>
/// The check keys of French identifiers, shared by the demo site (which refuses a wrong key as real sites do) and the
/// scaffolder (which writes synthetic values those sites accept).
/// </summary>
public static class Checksums
{
    /// <summary>The Luhn check of SIREN and SIRET numbers.</summary>
    public static bool IsLuhnValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    /// <summary>The key of a NIR's first thirteen characters: 97 − (number mod 97), Corsica's 2A and 2B read as 19 and 18.</summary>
    public static string NirKey(string thirteen)
    {
        var body = thirteen.ToUpperInvariant().Replace("2A", "19", StringComparison.Ordinal).Replace("2B", "18", StringComparison.Ordinal);
        return (97 - (int)(long.Parse(body, CultureInfo.InvariantCulture) % 97)).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>The ISO 7064 mod 97 of an IBAN as rearranged for checking (country and check digits moved to the end,
    /// letters as 10–35); a valid IBAN gives 1.</summary>
    public static int IbanRemainder(string rearranged)
    {
        var digits = string.Concat(rearranged.Select(c => char.IsAsciiLetter(c) ? (char.ToUpperInvariant(c) - 'A' + 10).ToString(CultureInfo.InvariantCulture) : c.ToString()));
        return (int)(BigInteger.Parse(digits, CultureInfo.InvariantCulture) % 97);
    }
}
