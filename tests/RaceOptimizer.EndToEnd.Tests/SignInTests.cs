using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RaceOptimizer.Testing;
using static Microsoft.Playwright.Assertions;

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>Issue #18 item 1 in the browser: a person who has not signed in sees the sign-in page, nothing else.</summary>
public sealed partial class SignInTests(BrowserApp app)
{
    [Fact]
    public async Task A_first_visit_asks_for_the_token_refuses_a_wrong_one_and_lands_where_it_was_going()
    {
        var page = await app.NewSignedOutPageAsync();
        await page.GotoAsync("races");
        await Expect(page).ToHaveURLAsync(LoginPage());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "sign-in");

        await page.GetByLabel("Access token").FillAsync("not-this-install-s-token");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not this install's access token");

        await page.GetByLabel("Access token").FillAsync(TestAccessToken.Value);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(RacesPage());
        await Expect(page.GetByTestId("slate-import-open")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Sign_out_ends_the_cookie_and_the_pages_ask_for_sign_in_again()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("races");
        await Expect(page.GetByTestId("slate-import-open")).ToBeVisibleAsync();

        await page.Locator("[area=nav]").GetByTestId("sign-out-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/login$"));
        await page.GotoAsync("races");

        await Expect(page).ToHaveURLAsync(LoginPage());
    }

    [Fact]
    public async Task A_download_needs_the_sign_in_too()
    {
        var page = await app.NewSignedOutPageAsync();

        var response = await page.Context.APIRequest.GetAsync("downloads/backup", new() { MaxRedirects = 0 });

        Assert.Equal(302, response.Status);
        Assert.Contains("/login", response.Headers["location"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_backup_download_passes_the_whole_document_on()
    {
        var page = await app.NewPageAsync();

        var response = await page.Context.APIRequest.GetAsync("downloads/backup");

        Assert.Equal(200, response.Status);
        Assert.Matches(@"attachment; filename=raceoptimizer-backup-\d{8}T\d{6}Z\.json", response.Headers["content-disposition"]);
        using var backup = System.Text.Json.JsonDocument.Parse(await response.BodyAsync());
        Assert.Equal(1, backup.RootElement.GetProperty("formatVersion").GetInt32());
        Assert.Contains(backup.RootElement.GetProperty("slates").EnumerateArray(), slate => slate.GetProperty("id").GetString() == "sample-dk-cup-kansas");
    }

    [GeneratedRegex("/login\\?ReturnUrl=%2Fraces$")]
    private static partial Regex LoginPage();

    [GeneratedRegex("/races$")]
    private static partial Regex RacesPage();
}
