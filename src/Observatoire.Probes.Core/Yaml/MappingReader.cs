using System.Globalization;

namespace Observatoire.Probes.Yaml;

/// <summary>
/// Reads one YAML mapping strictly: each key read is recorded, duplicates and unknown keys are reported
/// (with a "did you mean"), and every type problem becomes a diagnostic instead of stopping the load.
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlMapping _mapping;
    private readonly List<Diagnostic> _diagnostics;
    private readonly string _what;
    private readonly Dictionary<string, YamlEntry> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public MappingReader(YamlMapping mapping, string what, List<Diagnostic> diagnostics)
    {
        _mapping = mapping;
        _what = what;
        _diagnostics = diagnostics;
        foreach (var entry in mapping.Entries)
        {
            if (!_entries.TryAdd(entry.Key.Value, entry))
            {
                diagnostics.Add(new(entry.Key.Position, $"duplicate key `{entry.Key.Value}` in {what}", $"the first one is at line {_entries[entry.Key.Value].Key.Position.Line}; keep one"));
            }
        }
    }

    public SourcePosition Position => _mapping.Position;

    public IEnumerable<string> Keys => _mapping.Entries.Select(e => e.Key.Value);

    public bool Has(string key) => _entries.ContainsKey(key);

    public YamlNode? Node(string key)
    {
        _known.Add(key);
        return _entries.TryGetValue(key, out var entry) ? entry.Value : null;
    }

    public SourcePosition KeyPosition(string key) => _entries.TryGetValue(key, out var e) ? e.Key.Position : _mapping.Position;

    public string? String(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            if (required)
            {
                Error(node?.Position ?? _mapping.Position, $"{_what} is missing `{key}`", $"add `{key}: …`");
            }

            return null;
        }

        if (node is YamlScalar scalar)
        {
            if (required && string.IsNullOrWhiteSpace(scalar.Value))
            {
                Error(scalar.Position, $"`{key}` in {_what} is empty", "give it a value");
                return null;
            }

            return scalar.Value;
        }

        Error(node.Position, $"`{key}` in {_what} must be text, found a {Describe(node)}", null);
        return null;
    }

    public bool? Bool(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar { Value: "true" or "false" or "yes" or "no" } s)
        {
            return s.Value is "true" or "yes";
        }

        Error(node.Position, $"`{key}` in {_what} must be true or false, found {Show(node)}", null);
        return null;
    }

    public int? Int(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar s && int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node.Position, $"`{key}` in {_what} must be a whole number, found {Show(node)}", null);
        return null;
    }

    public double? Number(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node.Position, $"`{key}` in {_what} must be a number, found {Show(node)}", null);
        return null;
    }

    public YamlMapping? Mapping(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Error(_mapping.Position, $"{_what} is missing `{key}`", $"add a `{key}:` section");
            }

            return null;
        }

        if (node is YamlMapping m)
        {
            return m;
        }

        Error(node.Position, $"`{key}` in {_what} must be a mapping (key: value lines), found {Show(node)}", null);
        return null;
    }

    public YamlSequence? Sequence(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Error(_mapping.Position, $"{_what} is missing `{key}`", $"add a `{key}:` list");
            }

            return null;
        }

        if (node is YamlSequence s)
        {
            return s;
        }

        if (node is YamlScalar { IsNull: true })
        {
            return new YamlSequence(node.Position, []);
        }

        Error(node.Position, $"`{key}` in {_what} must be a list (lines starting with `- `), found {Show(node)}", null);
        return null;
    }

    public IReadOnlyList<string> Strings(string key) => Scalars(key).Select(s => s.Value).ToList();

    /// <summary>A text or a list of texts, with their positions.</summary>
    public IReadOnlyList<YamlScalar> Scalars(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
            case YamlScalar { IsNull: true }:
                return [];
            case YamlScalar s:
                return [s];
            case YamlSequence seq:
                var list = new List<YamlScalar>();
                foreach (var item in seq.Items)
                {
                    if (item is YamlScalar scalar)
                    {
                        list.Add(scalar);
                    }
                    else
                    {
                        Error(item.Position, $"`{key}` in {_what} must be a list of texts, found a {Describe(item)}", null);
                    }
                }

                return list;
            default:
                Error(node.Position, $"`{key}` in {_what} must be a list of texts, found a {Describe(node)}", null);
                return [];
        }
    }

    /// <summary>Reports every key that no read asked for. Call once, after reading.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var entry in _mapping.Entries.Where(e => !_known.Contains(e.Key.Value)))
        {
            var guess = Hints.Suggest(entry.Key.Value, _known);
            Error(entry.Key.Position, $"unknown key `{entry.Key.Value}` in {_what}",
                guess is null ? $"allowed keys: {string.Join(", ", _known.Order(StringComparer.Ordinal))}" : $"did you mean `{guess}`?");
        }
    }

    public void Error(SourcePosition position, string message, string? hint) => _diagnostics.Add(new(position, message, hint));

    public static string Describe(YamlNode node) => node switch
    {
        YamlMapping => "mapping",
        YamlSequence => "list",
        _ => "text",
    };

    public static string Show(YamlNode node) => node is YamlScalar s ? $"`{Hints.Cut(s.Value)}`" : "a " + Describe(node);
}
