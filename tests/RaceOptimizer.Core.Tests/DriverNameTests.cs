using RaceOptimizer.Core.Names;

namespace RaceOptimizer.Core.Tests;

public class DriverNameTests
{
    [Theory]
    [InlineData("Daniel Suárez", "daniel suarez")]
    [InlineData("  Ricky   Stenhouse Jr. ", "ricky stenhouse")]
    [InlineData("Martin Truex, Jr.", "martin truex")]
    [InlineData("A.J. Allmendinger", "aj allmendinger")]
    [InlineData("A. J. Allmendinger", "aj allmendinger")]
    [InlineData("AJ ALLMENDINGER", "aj allmendinger")]
    [InlineData("John H. Nemechek", "john h nemechek")]
    [InlineData("Shane van Gisbergen", "shane van gisbergen")]
    [InlineData("Sam Hornish III", "sam hornish")]
    [InlineData("Joe Graf Jr", "joe graf")]
    [InlineData("Dale Earnhardt-Jr", "dale earnhardt")]
    public void Keys_ignore_case_accents_suffixes_punctuation_and_spaces(string name, string key)
    {
        Assert.Equal(key, DriverName.Key(name));
    }

    [Theory]
    [InlineData("Denny Hamlin", "Denny Hamlin", NameMatchKind.Exact)]
    [InlineData("denny hamlin", "Denny Hamlin", NameMatchKind.Normalized)]
    [InlineData("Daniel Suarez", "Daniel Suárez", NameMatchKind.Normalized)]
    [InlineData("Ricky Stenhouse", "Ricky Stenhouse Jr.", NameMatchKind.Normalized)]
    [InlineData("John Hunter Nemechek", "John H. Nemechek", NameMatchKind.MiddleName)]
    [InlineData("Justin Carroll", "Justin S Carroll", NameMatchKind.MiddleName)]
    public void Names_match_the_known_driver(string name, string known, NameMatchKind kind)
    {
        var matcher = new DriverNameMatcher(["Denny Hamlin", "Daniel Suárez", "Ricky Stenhouse Jr.", "John H. Nemechek", "Justin S Carroll", "Joe Nemechek"]);

        Assert.Equal(new NameMatch(known, kind), matcher.Match(name));
    }

    [Fact]
    public void A_middle_name_never_matches_two_drivers()
    {
        var matcher = new DriverNameMatcher(["Kyle T Busch", "Kyle A Busch"]);

        Assert.Null(matcher.Match("Kyle Busch"));
        Assert.Equal(new NameMatch("Kyle T Busch", NameMatchKind.MiddleName), matcher.Match("Kyle Thomas Busch"));
    }

    [Theory]
    [InlineData("Kyle Bush", "Kyle Busch")]
    [InlineData("Denny Hamiln", "Denny Hamlin")]
    [InlineData("Jimmie Johnson", null)]
    public void Misspelt_names_get_a_suggestion(string name, string? suggestion)
    {
        var matcher = new DriverNameMatcher(["Kyle Busch", "Denny Hamlin", "Kurt Busch"]);

        Assert.Null(matcher.Match(name));
        Assert.Equal(suggestion, matcher.Suggest(name));
    }
}
