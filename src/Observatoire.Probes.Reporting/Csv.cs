using System.Text;

namespace Observatoire.Probes.Reporting;

/// <summary>
/// CSV in two dialects. The files the data team opens: as French Excel opens them by a double click, UTF-8 with a byte
/// order mark (without it Excel reads Windows-1252 and breaks every accent), `;` between cells (`,` is the decimal
/// separator in French), a cell quoted when it holds `;`, a quote or a line break, CRLF line ends. The tables attached
/// to the evidence: comma-separated without a mark, the only dialect Allure's table view splits. In both, a cell Excel
/// would run as a formula (=, +, -, @ before a non-digit) gets a leading apostrophe: labels come from web pages.
/// </summary>
internal static class Csv
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>For French Excel: the byte order mark, then `;`-separated UTF-8.</summary>
    public static byte[] Bytes(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) =>
        [.. Bom, .. new UTF8Encoding(false).GetBytes(Write(header, rows, ';'))];

    /// <summary>For Allure's table view: comma-separated UTF-8, no mark.</summary>
    public static byte[] ForAllure(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) =>
        new UTF8Encoding(false).GetBytes(Write(header, rows, ','));

    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, char separator)
    {
        var sb = new StringBuilder();
        Line(sb, header, separator);
        foreach (var row in rows)
        {
            Line(sb, row, separator);
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, IReadOnlyList<string?> cells, char separator)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(separator);
            }

            var cell = Defused(cells[i] ?? "");
            if (cell.Contains(separator, StringComparison.Ordinal) || cell.AsSpan().IndexOfAny("\"\r\n") >= 0 || (cell.Length > 0 && (char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1]))))
            {
                sb.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                sb.Append(cell);
            }
        }

        sb.Append("\r\n");
    }

    private static string Defused(string cell) =>
        cell.Length > 0 && (cell[0] is '=' or '@' || (cell[0] is '+' or '-' && (cell.Length == 1 || !char.IsAsciiDigit(cell[1])))) ? "'" + cell : cell;
}
