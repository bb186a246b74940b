using Observatoire.Probes.Browser;

namespace Observatoire.Probes.Tests.Results;

/// <summary>The forms a personal value takes where the evidence holds it: a form body as the browser sends it, a page as
/// sites escape it, a date as a recap writes it.</summary>
public sealed class PersonalFormsTests
{
    [TestCase("login=test&password=Pa%7Ess*w+%21rd&acr=eidas1", "Pa~ss*w !rd", "login=test&password=•••&acr=eidas1")] // WHATWG: « ~ » escaped, « * » kept, space as « + »
    [TestCase("login=test&password=Pa%7ess*w+%21rd&acr=eidas1", "Pa~ss*w !rd", "login=test&password=•••&acr=eidas1")] // either hex case
    [TestCase("adresse-actuelle=14+rue+d%27Alsace-Lorraine%2C+B%C3%A2t.+*B*&cp=69100", "14 rue d'Alsace-Lorraine, Bât. *B*", "adresse-actuelle=•••&cp=69100")]
    [TestCase("q=14%20rue%20d%27Alsace-Lorraine%2C%20B%C3%A2t.%20%2AB%2A", "14 rue d'Alsace-Lorraine, Bât. *B*", "q=•••")] // RFC 3986 still
    [TestCase("<dd>2 rue de l&#39;Église</dd>", "2 rue de l'Église", "<dd>•••</dd>")] // only the specials escaped (PHP, Rails, the demo)
    [TestCase("<dd>2 rue de l&#039;Église</dd>", "2 rue de l'Église", "<dd>•••</dd>")]
    [TestCase("<dd>2 rue de l&apos;Église</dd>", "2 rue de l'Église", "<dd>•••</dd>")]
    [TestCase("<dd>2 rue de l&#x27;&#xC9;glise</dd>", "2 rue de l'Église", "<dd>•••</dd>")] // ASP.NET's HtmlEncoder
    [TestCase("<dd>2 rue de l&#x27;&#xc9;glise</dd>", "2 rue de l'Église", "<dd>•••</dd>")]
    [TestCase("<dd>2 rue de l&#39;&#201;glise</dd>", "2 rue de l'Église", "<dd>•••</dd>")] // WebUtility
    [TestCase("<dd>H&#xE9;l&#xE8;ne &amp; L&#xE9;a</dd>", "Hélène & Léa", "<dd>•••</dd>")]
    [TestCase("<dd>Lucia &quot;Lu&quot; GARCIA</dd>", "Lucia \"Lu\" GARCIA", "<dd>•••</dd>")]
    public void A_value_is_masked_in_a_body_or_a_page_as_written_there(string text, string value, string expected) =>
        Assert.That(Personal.Scrub(text, [value]), Is.EqualTo(expected));

    [TestCase("Tél. : 06 98 76 54 32", "0698765432", "Tél. : •••")] // a phone by pairs
    [TestCase("Tél. : 06.98.76.54.32", "0698765432", "Tél. : •••")]
    [TestCase("Tél. : +33 6 98 76 54 32", "0698765432", "Tél. : •••")]
    [TestCase("Tél. : 0698765432", "06 98 76 54 32", "Tél. : •••")] // given grouped, written compact
    [TestCase("IBAN FR76 3000 6000 0112 3456 7890 189", "FR7630006000011234567890189", "IBAN •••")]
    [TestCase("NIR 1 85 03 75 123 456 78", "185037512345678", "NIR •••")]
    [TestCase("SIRET 841 234 567 00011", "84123456700011", "SIRET •••")]
    [TestCase("Numéro fiscal 12 34 567 890 123", "1234567890123", "Numéro fiscal •••")]
    [TestCase("Nom : LEA CHLOE MARTIN", "Léa Chloé", "Nom : ••• MARTIN")] // accents dropped, upper case
    [TestCase("Nom : Lea Chloe", "Léa Chloé", "Nom : •••")]
    [TestCase("Nom : Le\u0301a", "Léa", "Nom : •••")] // decomposed
    [TestCase("Adresse : 2 rue de l’Église", "2 rue de l'Église", "Adresse : •••")] // the other apostrophe
    [TestCase("Revenus : 312 000 €", "312000", "Revenus : ••• €")]
    [TestCase("Revenus : 312\u00A0000\u00A0€", "312000", "Revenus : •••\u00A0€")]
    [TestCase("Revenus : 312\u202F000 €", "312000", "Revenus : ••• €")]
    [TestCase("Revenus : 1 312 000 €", "1312000", "Revenus : ••• €")]
    [TestCase("{\"prenom\":\"L\\u00e9a Chlo\\u00e9\"}", "Léa Chloé", "{\"prenom\":\"•••\"}")] // a JSON API's body (PHP, Python)
    [TestCase("{\"prenom\":\"L\\u00E9a Chlo\\u00E9\"}", "Léa Chloé", "{\"prenom\":\"•••\"}")]
    [TestCase("{\"voie\":\"2 rue de l\\u0027\\u00C9glise\"}", "2 rue de l'Église", "{\"voie\":\"•••\"}")] // .NET's encoder
    [TestCase("{\"naissance\":\"12\\/03\\/1985\"}", "1985-03-12", "{\"naissance\":\"•••\"}")] // PHP's slashes
    [TestCase("Né le 12/03/85 à Lyon", "1985-03-12", "Né le ••• à Lyon")]
    [TestCase("Né le mardi 12 mars 1985", "1985-03-12", "Né le •••")]
    [TestCase("Né le Mardi 12 Mars 1985", "12/03/1985", "Né le •••")]
    public void A_value_is_masked_as_a_recap_or_an_api_writes_it(string text, string value, string expected) =>
        Assert.That(Personal.Scrub(text, [value]), Is.EqualTo(expected));

    [TestCase("Avis d'imposition 2025, Exemple : 06 12 34 56 78", "0698765432")] // a label's year, another phone
    [TestCase("if (/requis/i.test(n.title)) n.remove();", "Léa Chloé")]
    [TestCase("Lyon, le 12 mars 2024", "1985-03-12")]
    public void What_is_no_ones_stays_readable(string text, string value) =>
        Assert.That(Personal.Scrub(text, [value]), Is.EqualTo(text));

    [Test]
    public void A_value_inside_a_longer_number_masks_the_whole_number()
    {
        // The screenshot masks the paragraph; the tree and the trace kept « •••4567 »: the rest of the number, and where
        // the numeric password was.
        Assert.That(Personal.Scrub("liées au compte n° 1234567 avec le code postal 75007", ["123", "75007"]), Is.EqualTo("liées au compte n° ••• avec le code postal •••"));
        Assert.That(Personal.Scrub("n° 0601985 et 1985", ["1985"]), Is.EqualTo("n° ••• et •••"));
        Assert.That(Personal.Scrub("Né le 12/03/••• à Paris", ["Paris"]), Is.EqualTo("Né le 12/03/••• à •••"), "a date's parts apart are not one number");
    }

    [Test]
    public void A_date_typed_in_three_fields_is_one_date()
    {
        Assert.That(Personal.DatesInParts(["DUPONT", "12", "03", "1985", "Lyon"]), Is.EqualTo(new[] { "1985-03-12" }));
        Assert.That(Personal.DatesInParts(["1985", "mars", "2"]), Is.EqualTo(new[] { "1985-03-02" }), "year first, a month picked by name");
        Assert.That(Personal.DatesInParts(["31", "02", "1985"]), Is.Empty, "no such day");
        Assert.That(Personal.DatesInParts(["12", "1985", "03"]), Is.Empty, "parts in no date's order");

        var values = Personal.Values(Personal.DatesInParts(["12", "03", "1985"]));
        foreach (var shown in new[] { "Née le 12/03/1985", "12 mars 1985", "12.03.1985", "12031985", "12 03 1985" })
        {
            Assert.That(Personal.Scrub(shown, values), Does.Not.Contain("12").And.Not.Contain("1985"), shown);
        }
    }
}
