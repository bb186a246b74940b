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
