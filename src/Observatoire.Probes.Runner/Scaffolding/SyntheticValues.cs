using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Observatoire.Probes.Classification;

namespace Observatoire.Probes.Runner.Scaffolding;

/// <summary>What the generator reads of a field to choose a value of the right shape.</summary>
internal sealed record FieldShape
{
    public string? Label { get; init; }
    public string? Hint { get; init; }
    public string? Name { get; init; }
    public string? Placeholder { get; init; }
    public string? Autocomplete { get; init; }
    /// <summary>The inventory's input kind: text, email, tel, number, date, textarea, url…</summary>
    public string? Input { get; init; }
    public string? Pattern { get; init; }
    public string? InputMode { get; init; }
    public int? MaxLength { get; init; }
    public string? Min { get; init; }
    /// <summary>The page's title, which names the procedure: a child's age depends on it (a crèche, a school).</summary>
    public string? Page { get; init; }
    /// <summary>Whose data the field asks: the applicant, a spouse, a child (the classifier's reading).</summary>
    public string Person { get; init; } = Classifier.Applicant;
}

/// <summary>A synthetic value, and what a person must still decide about it.</summary>
internal sealed record Synthetic(string Value, string? Todo = null);

/// <summary>
/// Plausible synthetic values for a test persona, chosen from a field's label, name, autocomplete, type, pattern and
/// length: one fictitious household (Camille MOREAU, Lyon), identifiers of the right shape with valid check keys (SIREN,
/// SIRET, NIR, IBAN), e-mails at example.fr. Deterministic, so a draft is the same from one run to the next.
/// </summary>
internal static partial class SyntheticValues
{
    private const string FamilyName = "MOREAU";
    private const string SpouseFamilyName = "BERNARD";

    /// <summary>A value for a typed field, with a TODO when its format is not one the generator knows.</summary>
    public static Synthetic For(FieldShape field, DateOnly today)
    {
        var label = Folded(field.Label, field.Placeholder);
        var names = Folded(field.Name, field.Autocomplete);
        var input = field.Input?.ToLowerInvariant() ?? "text";
        var value = Known(field, label, input, today) ?? Known(field, names, input, today);
        if (value is null)
        {
            return Unknown(field, input);
        }

        if (field.MaxLength is { } max && value.Length > max)
        {
            return new(value[..max], $"unknown required format: the field takes {max} characters at most");
        }

        return Matches(field.Pattern, value) ? new(value) : new(value, $"unknown required format: the field's pattern is `{field.Pattern}`");
    }

    /// <summary>Day, month and year of a DSFR three-input date, as two, two and four digits.</summary>
    public static (string Day, string Month, string Year) DateParts(FieldShape field, DateOnly today)
    {
        var date = DateFor(field, Folded(field.Label), today);
        return (date.Day.ToString("00", CultureInfo.InvariantCulture), date.Month.ToString("00", CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The sample document to upload (a file name among <paramref name="available"/>), chosen from the label and what the
    /// field accepts; a TODO when no sample fits the label.
    /// </summary>
    public static Synthetic Document(string? label, string? accept, IReadOnlyCollection<string> available)
    {
        var text = Folded(label);
        var imagesOnly = accept is { Length: > 0 } a && !a.Contains("pdf", StringComparison.OrdinalIgnoreCase) && (a.Contains("image", StringComparison.OrdinalIgnoreCase) || a.Contains("jp", StringComparison.OrdinalIgnoreCase) || a.Contains("png", StringComparison.OrdinalIgnoreCase));
        var wanted = imagesOnly ? "identite.jpg" : Documents.FirstOrDefault(d => d.Cues.Any(c => Has(text, c))).File;
        if (wanted is not null && available.Contains(wanted))
        {
            return new(wanted);
        }

        var fallback = imagesOnly ? available.FirstOrDefault(f => f.EndsWith(".jpg", StringComparison.Ordinal)) : available.Order(StringComparer.Ordinal).FirstOrDefault(f => f.EndsWith(".pdf", StringComparison.Ordinal));
        return new(fallback ?? available.FirstOrDefault() ?? "", "choose the document to upload: no sample file matches this label");
    }

    private static readonly (string File, string[] Cues)[] Documents =
    [
        ("justificatif-domicile.pdf", ["domicile"]),
        ("avis-imposition.pdf", ["avis d imposition", "avis de non imposition", "imposition"]),
        ("attestation-caf.pdf", ["caf", "quotient familial", "allocataire"]),
        ("rib.pdf", ["rib", "releve d identite bancaire", "bancaire", "iban"]),
        ("acte-naissance.pdf", ["acte de naissance", "naissance"]),
        ("kbis.pdf", ["kbis", "extrait k"]),
        ("statuts.pdf", ["statuts", "statut"]),
        ("attestation-urssaf.pdf", ["urssaf", "vigilance"]),
        ("attestation-fiscale.pdf", ["regularite fiscale", "attestation fiscale"]),
        ("liasse-fiscale.pdf", ["liasse"]),
        ("comptes-annuels.pdf", ["compte annuel", "compte approuve", "exercice clos", "bilan"]),
        ("budget-previsionnel.pdf", ["budget"]),
        ("devis.pdf", ["devis"]),
        ("rapport-activite.pdf", ["rapport d activite"]),
        ("certificat-immatriculation.pdf", ["certificat d immatriculation", "carte grise"]),
        ("recepisse-prefecture.pdf", ["recepisse"]),
        ("piece-identite.pdf", ["identite", "passeport", "carte nationale", "titre de sejour"]),
    ];

    /// <summary>A value for a field the rules recognise, or null.</summary>
    private static string? Known(FieldShape field, string text, string input, DateOnly today)
    {
        var person = PersonOf(field, text);
        return input switch
        {
            "email" => Email(person),
            "tel" => "0612345678",
            "url" => "https://www.example.fr",
            "date" or "datetime-local" => Iso(DateFor(field, text, today)),
            _ when text.Trim().Length == 0 => null,
            _ when Has(text, "mail", "email", "courriel", "adresse electronique", "adresse mel") => Email(person),
            _ when Has(text, "telephone", "portable", "mobile", "tel") => "0612345678",
            _ when Has(text, "iban") => Iban("30006", "00001", "12345678901"),
            _ when Has(text, "bic") => "AGRIFRPP839",
            _ when Has(text, "siret") => Siret("12345678", "0001"),
            _ when Has(text, "siren") => Siren("12345678"),
            _ when Has(text, "rna") => "W751234567",
            _ when Has(text, "securite sociale", "nir", "numero d inscription au repertoire") => Nir(person),
            _ when Has(text, "numero fiscal", "identifiant fiscal", "spi") => "3023456789012",
            _ when Has(text, "reference d avis", "reference de l avis", "reference avis") => "2575A12345678",
            _ when Has(text, "allocataire", "numero caf") => "2345678",
            _ when Has(text, "ine") => "1234567890A",
            _ when Has(text, "france travail", "pole emploi") => "1234567A",
            _ when Has(text, "formule") => "2023AB12345",
            _ when Has(text, "immatriculation", "plaque") => "AB-123-CD",
            _ when Has(text, "code de cession") => "A1B2C",
            _ when Has(text, "permis") => "120675123456",
            _ when Has(text, "kilometrage") => "85000",
            _ when Has(text, "point de livraison", "pdl", "pce") => "14725836914725",
            _ when Has(text, "code postal", "postal code") => "69003",
            _ when Has(text, "date") || Has(text, "ne le", "nee le") => Typed(field, DateFor(field, text, today)),
            _ when Has(text, "lieu de naissance", "commune de naissance", "ville de naissance") => "Lyon",
            _ when Has(text, "pays") => "France",
            _ when Has(text, "commune", "ville", "localite", "address level2") => "Lyon",
            _ when Has(text, "complement", "address line2") => "Bâtiment B",
            _ when Has(text, "adresse", "voie", "rue", "address line1", "street address") => "12 rue des Tilleuls",
            _ when Has(text, "nom d usage", "nom de naissance", "nom de famille", "nom", "family name") => person == Person.Spouse ? SpouseFamilyName : FamilyName,
            _ when Has(text, "prenom", "given name") => person switch { Person.Child => "Léa", Person.Spouse => "Thomas", _ => "Camille" },
            _ when Has(text, "quotient") => "640",
            _ when Has(text, "revenu fiscal", "revenu imposable") => "18500",
            _ when Has(text, "salaire", "revenu", "ressource", "pension", "allocation", "indemnite") => "1450",
            _ when Has(text, "loyer") => "520",
            _ when Has(text, "montant", "prix", "cout", "euro", "budget", "chiffre d affaire") => "1200",
            _ when Has(text, "nombre", "combien", "effectif") || input == "number" => Count(field),
            _ when input == "textarea" || Has(text, "precision", "expose", "motif", "commentaire", "description", "observation", "message") => "Texte de démonstration rédigé par probes scaffold, à remplacer par la situation de la personne.",
            _ => null,
        };
    }

    /// <summary>A field no rule recognises: a plain text, or digits for a numeric one; a TODO when it shows a format.</summary>
    private static Synthetic Unknown(FieldShape field, string input)
    {
        var numeric = input == "number" || string.Equals(field.InputMode, "numeric", StringComparison.OrdinalIgnoreCase);
        // A number of unknown meaning: as many digits as the field takes, else a small count (most such fields are counts).
        var value = numeric ? field.MaxLength is { } length ? "123456789012345"[..Math.Clamp(length, 1, 15)] : "1" : "Texte de démonstration";
        var format = field.Pattern is { Length: > 0 } || numeric || Has(Folded(field.Hint), "format", "caractere", "chiffre");
        return format ? new(value, "unknown required format: give a value of the form the field expects" + (field.Hint is { Length: > 0 } h ? $" ({Cut(h)})" : "")) : new(value);
    }

    private enum Person
    {
        Applicant,
        Spouse,
        Child,
    }

    private static Person PersonOf(FieldShape field, string text) =>
        field.Person.StartsWith("enfant", StringComparison.Ordinal) || field.Person.StartsWith("élève", StringComparison.Ordinal) || Has(text, "enfant", "eleve") ? Person.Child
        : field.Person == "conjoint" || Has(text, "conjoint", "epoux", "epouse", "partenaire", "concubin") ? Person.Spouse
        : Person.Applicant;

    private static string Email(Person person) => person switch
    {
        Person.Spouse => "thomas.bernard@example.fr",
        Person.Child => "lea.moreau@example.fr",
        _ => "camille.moreau@example.fr",
    };

    private static DateOnly DateFor(FieldShape field, string text, DateOnly today)
    {
        if (Has(text, "naissance", "ne le", "nee le") || Has(Folded(field.Name), "naissance", "birth"))
        {
            return PersonOf(field, text) switch
            {
                // A child of a procedure for young children (a crèche, a birth) is a year old; else of school age.
                Person.Child => Has(Folded(field.Page), "creche", "petite enfance", "assistante maternelle", "assistant maternel", "halte garderie", "naissance")
                    ? today.AddYears(-1).AddDays(-today.Day + 1)
                    : new DateOnly(2014, 9, 4),
                Person.Spouse => new DateOnly(1982, 7, 21),
                _ => new DateOnly(1984, 3, 12),
            };
        }

        // Dates a procedure asks about the future (a wished start, an expected birth) must not be past.
        return Has(text, "souhait", "entree", "debut", "prevu", "rentree", "accouchement", "terme", "demenagement", "fin", "expiration")
            ? today.AddDays(60)
            : today.AddYears(-1);
    }

    private static string Count(FieldShape field) =>
        int.TryParse(field.Min, NumberStyles.Integer, CultureInfo.InvariantCulture, out var min) && min > 1 ? min.ToString(CultureInfo.InvariantCulture) : "1";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date typed in a text field, as a French person types it (« 12/03/1984 », what « JJ/MM/AAAA » asks), unless
    /// the field shows the ISO order (« AAAA-MM-JJ »).</summary>
    private static string Typed(FieldShape field, DateOnly date) =>
        Folded(field.Hint, field.Placeholder).Contains("aaaa mm jj", StringComparison.Ordinal) || (field.Pattern ?? "").StartsWith(@"\d{4}-", StringComparison.Ordinal)
            ? Iso(date)
            : date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A SIREN: eight digits and a Luhn key.</summary>
    public static string Siren(string eightDigits) => eightDigits + LuhnKey(eightDigits);

    /// <summary>A SIRET: the SIREN (with its key), a four-digit establishment number and a Luhn key over the fourteen digits.</summary>
    public static string Siret(string sirenDigits, string establishment)
    {
        var body = Siren(sirenDigits) + establishment;
        return body + LuhnKey(body);
    }

    /// <summary>The digit that makes <paramref name="digits"/> followed by it pass the Luhn check.</summary>
    public static char LuhnKey(string digits)
    {
        for (var key = '0'; key <= '9'; key++)
        {
            if (Checksums.IsLuhnValid(digits + key))
            {
                return key;
            }
        }

        throw new ArgumentException("digits only", nameof(digits));
    }

    /// <summary>
    /// A French IBAN: bank, branch and account numbers, the RIB key (97 − (89·bank + 15·branch + 3·account) mod 97) and
    /// the IBAN check digits (98 − the ISO 7064 mod 97 of the rearranged number).
    /// </summary>
    public static string Iban(string bank, string branch, string account)
    {
        var rib = 97 - (int)(((89 * BigInteger.Parse(bank, CultureInfo.InvariantCulture)) + (15 * BigInteger.Parse(branch, CultureInfo.InvariantCulture)) + (3 * BigInteger.Parse(account, CultureInfo.InvariantCulture))) % 97);
        var bban = bank + branch + account + rib.ToString("00", CultureInfo.InvariantCulture);
        var check = 98 - Checksums.IbanRemainder(bban + "FR00");
        return "FR" + check.ToString("00", CultureInfo.InvariantCulture) + bban;
    }

    /// <summary>A NIR: sex, year and month of birth, département, commune, order number, and the key 97 − (number mod 97).</summary>
    private static string Nir(Person person)
    {
        var body = person switch
        {
            Person.Spouse => "1820769123046",
            Person.Child => "2140969123047",
            _ => "2840369123045",
        };
        return body + Checksums.NirKey(body);
    }

    private static bool Matches(string? pattern, string value)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            return true;
        }

        try
        {
            return Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.None, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            return true; // a pattern .NET cannot read is the browser's business, not a reason to flag the value
        }
    }

    /// <summary>Folded words with a space on each side, so a cue matches whole words only.</summary>
    private static string Folded(params string?[] texts) => " " + string.Join(' ', texts.Select(TextFolding.Fold).Where(t => t.Length > 0)) + " ";

    private static bool Has(string folded, params string[] cues) => cues.Any(c => folded.Contains(" " + TextFolding.Fold(c) + " ", StringComparison.Ordinal));

    private static string Cut(string text) => text.Length <= 80 ? text : text[..79] + "…";
}
