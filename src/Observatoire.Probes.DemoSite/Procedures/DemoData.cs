using Observatoire.Probes.DemoSite.FranceConnect;

namespace Observatoire.Probes.DemoSite.Procedures;

internal sealed record Child(string FamilyName, string GivenName, string Birthdate, string School, string Grade);

/// <summary>What API Particulier (DGFiP, CAF) would return for a household. Fictitious.</summary>
internal sealed record Household(
    string NumeroFiscal,
    string ReferenceAvis,
    string FamilyName,
    string GivenNames,
    string Street,
    string PostalCode,
    string City,
    int RevenuFiscal,
    string Parts,
    int Persons,
    bool Couple,
    string Allocataire,
    int QuotientFamilial,
    IReadOnlyList<Child> Children)
{
    public Child? FirstChild => Children.Count > 0 ? Children[0] : null;
}

/// <summary>What API Entreprise (INSEE SIRENE, Infogreffe) would return for an establishment. Fictitious.</summary>
internal sealed record Company(string Siret, string Name, string LegalForm, string Naf, string NafLabel, string Address, string Created, string Headcount);

/// <summary>The simulated administrations' data, keyed by FranceConnect identity, tax keys or SIRET.</summary>
internal static class DemoData
{
    /// <summary>The household of the FranceConnect test account <c>test</c> (Angela DUBOIS), used by the scenarios.</summary>
    public static readonly Household Dubois = new(
        NumeroFiscal: "1234567890123",
        ReferenceAvis: "2512345678901",
        FamilyName: "DUBOIS",
        GivenNames: "Angela Claire Louise",
        Street: "20 avenue de Ségur",
        PostalCode: "75007",
        City: "Paris",
        RevenuFiscal: 14230,
        Parts: "2",
        Persons: 2,
        Couple: false,
        Allocataire: "1234567",
        QuotientFamilial: 612,
        Children: [new Child("DUBOIS", "Lucas", "2013-04-18", "Collège Victor-Duruy (Paris 7e)", "5e")]);

    public static Household ForIdentity(TestIdentity identity) =>
        identity.Login == "test"
            ? Dubois
            : new Household(
                NumeroFiscal: "3" + Digits(identity.Login, 12),
                ReferenceAvis: "25" + Digits(identity.Login + "avis", 11),
                FamilyName: identity.FamilyName,
                GivenNames: identity.GivenName.Length > 0 ? identity.GivenName : "-",
                Street: "1 place de la Mairie",
                PostalCode: "45000",
                City: "Orléans",
                RevenuFiscal: 21480,
                Parts: "2,5",
                Persons: 3,
                Couple: true,
                Allocataire: Digits(identity.Login + "caf", 7),
                QuotientFamilial: 845,
                Children: [new Child(identity.FamilyName, "Léo", "2013-09-02", "Collège Jean-Zay (Orléans)", "5e")]);

    /// <summary>DGFiP lookup by numéro fiscal and référence d'avis (the Démarche Numérique "dgfip" champ).</summary>
    public static Household? ForTaxKeys(string numeroFiscal, string referenceAvis)
    {
        if (numeroFiscal == Dubois.NumeroFiscal && referenceAvis == Dubois.ReferenceAvis)
        {
            return Dubois;
        }

        // Any other well-formed pair answers with a neighbour household, as a sandbox would.
        return referenceAvis.StartsWith("00", StringComparison.Ordinal)
            ? null
            : new Household(numeroFiscal, referenceAvis, "MARTIN", "Paul", "8 rue des Lilas", "69003", "Lyon", 11850, "1", 1, false, "7654321", 540, []);
    }

    /// <summary>SIRENE lookup; every valid SIRET answers (a sandbox does too).</summary>
    public static Company ForSiret(string siret) =>
        siret == "84123456700011"
            ? new Company(siret, "BOULANGERIE DU MARCHÉ", "Société par actions simplifiée (SAS)", "10.71C", "Boulangerie et boulangerie-pâtisserie", "4 place du Marché, 69002 Lyon", "2018-03-12", "3 à 5 salariés")
            : new Company(siret, "ENTREPRISE DE DÉMONSTRATION", "Société à responsabilité limitée (SARL)", "47.11B", "Commerce d’alimentation générale", "1 rue de la Gare, 45000 Orléans", "2015-06-01", "1 ou 2 salariés");

    private static string Digits(string seed, int length)
    {
        var hash = 17L;
        foreach (var c in seed)
        {
            hash = (hash * 31 + c) % 1_000_000_007;
        }

        var digits = hash.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(length, '7');
        return digits.Length > length ? digits[..length] : digits;
    }
}
