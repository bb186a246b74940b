namespace Observatoire.Probes.Tests.Results;

public sealed class MaskingTests
{
    [TestCase("password=123&login=test", "123", "password=•••&login=test")]
    [TestCase("Mot de passe : 123.", "123", "Mot de passe : •••.")]
    [TestCase("exemple : 2023AB12345", "123", "exemple : 2023AB•••45")] // a number, anywhere: a postcode or a year hides in digits
    [TestCase("{\"naissance\":\"06031985\"}", "1985", "{\"naissance\":\"0603•••\"}")]
    [TestCase("q=Paris%2075007", "75007", "q=Paris%20•••")]
    [TestCase("S%C3%A9gur%2075007%20Paris", "Paris", "S%C3%A9gur%2075007%20•••")] // an escape is no letter of the word after it
    [TestCase("\\u00e9Paris", "Paris", "\\u00e9•••")]
    [TestCase("Attestation de quotient familial", "test", "Attestation de quotient familial")]
    [TestCase("identifiant « test »", "test", "identifiant « ••• »")]
    [TestCase("test", "test", "•••")]
    [TestCase("set `test_environment: true`, see frag-test.yaml", "test", "set `test_environment: true`, see frag-test.yaml")]
    [TestCase("TEST, test2, test", "test", "•••, test2, •••")]
    [TestCase("Né le 1962-08-24 à Paris", "1962-08-24", "Né le ••• à Paris")]
    [TestCase("wossewodda-3728@yopmail.com</td>", "wossewodda-3728@yopmail.com", "•••</td>")]
    [TestCase("monpasse2024secret", "passe2024", "mon•••secret")] // a long value is hidden wherever it appears
    public void A_short_word_is_hidden_only_where_it_stands_on_its_own_a_number_anywhere(string text, string value, string expected) =>
        Assert.That(Masking.Replace(text, value, "•••", StringComparison.OrdinalIgnoreCase), Is.EqualTo(expected));
}
