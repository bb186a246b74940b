using System.Text;

namespace Observatoire.Probes.Reporting;

/// <summary>
/// CSV as French Excel opens it by a double click: UTF-8 with a byte order mark (without it Excel reads Windows-1252 and
/// breaks every accent), `;` between cells (`,` is the decimal separator in French), a cell quoted when it holds `;`, a
/// quote or a line break, CRLF line ends. A cell that Excel would run as a formula (=, +, -, @ before a non-digit)
/// gets a leading apostrophe: labels come from web pages we do not control.
/// </summary>
internal static class Csv
{
    public const char Separator = ';';

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var sb = new StringBuilder();
        Line(sb, header);
        foreach (var row in rows)
        {
            Line(sb, row);
        }

        return sb.ToString();
    }

    /// <summary>The file's bytes: the byte order mark, then the text in UTF-8.</summary>
    public static byte[] Bytes(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) =>
        [.. Bom, .. new UTF8Encoding(false).GetBytes(Write(header, rows))];

    private static void Line(StringBuilder sb, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(Separator);
            }

            var cell = Defused(cells[i] ?? "");
            if (cell.AsSpan().IndexOfAny(";\"\r\n") >= 0 || (cell.Length > 0 && (char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1]))))
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
