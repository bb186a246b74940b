namespace Observatoire.Probes.Tests.Results;

public sealed class MaskingTests
{
    [TestCase("password=123&login=test", "123", "password=•••&login=test")]
    [TestCase("Mot de passe : 123.", "123", "Mot de passe : •••.")]
    [TestCase("exemple : 2023AB12345", "123", "exemple : 2023AB12345")]
    [TestCase("Attestation de quotient familial", "test", "Attestation de quotient familial")]
    [TestCase("identifiant « test »", "test", "identifiant « ••• »")]
    [TestCase("test", "test", "•••")]
    [TestCase("TEST, test2, test", "test", "•••, test2, •••")]
    [TestCase("Né le 1962-08-24 à Paris", "1962-08-24", "Né le ••• à Paris")]
    [TestCase("wossewodda-3728@yopmail.com</td>", "wossewodda-3728@yopmail.com", "•••</td>")]
    [TestCase("monpasse2024secret", "passe2024", "mon•••secret")] // a long value is hidden wherever it appears
    public void A_short_value_is_hidden_only_where_it_stands_on_its_own(string text, string value, string expected) =>
        Assert.That(Masking.Replace(text, value, "•••", StringComparison.OrdinalIgnoreCase), Is.EqualTo(expected));
}
