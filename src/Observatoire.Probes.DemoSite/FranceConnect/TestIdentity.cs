namespace Observatoire.Probes.DemoSite.FranceConnect;

/// <summary>A FranceConnect test identity (identité pivot + e-mail); every account's password is <c>123</c>.</summary>
internal sealed record TestIdentity(
    string Login,
    string GivenName,
    string FamilyName,
    string? PreferredUsername,
    string Gender,
    string Birthdate,
    string Birthplace,
    string Birthcountry,
    string? Email)
{
    public const string Password = "123";

    /// <summary>The accounts of the FranceConnect sandbox mock identity provider (public test data).</summary>
    public static IReadOnlyList<TestIdentity> All { get; } =
    [
        new("test", "Angela Claire Louise", "DUBOIS", null, "female", "1962-08-24", "75107", "99100", "wossewodda-3728@yopmail.com"),
        new("avec_nom_dusage", "Pierre", "MERCIER", "DUBOIS", "male", "1969-03-17", "95277", "99100", null),
        new("nom_composé", "Melissandre Juliette", "TROIS-DUPRE", null, "female", "1981-07-27", "13012", "99100", null),
        new("prénom_composé", "Anne-Laure", "HUCHE", null, "female", "1945-09-30", "31555", "99100", null),
        new("plusieurs_prénoms_3", "Jean Philippe Arnaud", "DUBIGNOT", null, "male", "1943-06-15", "75109", "99100", null),
        new("caractères_spéciaux", "Joëlle Françoise", "DUBINÔRE", null, "female", "1992-08-15", "75117", "99100", null),
        new("moins_18_ans", "Alice Juliette", "CHAMPION", null, "female", "2009-05-02", "44109", "99100", null),
        new("sans_prenom", string.Empty, "MARTIN", null, "female", "1972-06-14", "97601", "99100", null),
        new("sans_mail", "Amandine", "DUFOUR", "DUFOUR", "female", "1989-03-02", "75119", "99100", null),
        new("naissance_Algérie", "Vincent Guillaume", "MARTIN", null, "male", "1963-12-05", string.Empty, "99352", null),
        new("étranger_présumé_né_jour_et_mois", "Jean", "TARGE", null, "male", "1992-00-00", string.Empty, "99217", null),
    ];

    public string FullName => GivenName.Length == 0 ? FamilyName : $"{GivenName} {FamilyName}";

    /// <summary>First given name, as most forms keep it.</summary>
    public string FirstGivenName => GivenName.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;

    public string Civility => Gender == "female" ? "Madame" : "Monsieur";

    public string BirthplaceName => Birthplace switch
    {
        "75107" => "Paris 7e Arrondissement",
        "75109" => "Paris 9e Arrondissement",
        "75117" => "Paris 17e Arrondissement",
        "75119" => "Paris 19e Arrondissement",
        "44109" => "Nantes",
        "31555" => "Toulouse",
        "" => "Né(e) à l’étranger",
        _ => $"Commune (code INSEE {Birthplace})",
    };

    public static TestIdentity? Find(string login) => All.FirstOrDefault(i => i.Login == login);
}
