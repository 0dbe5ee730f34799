using Bunit;
using Microsoft.FluentUI.AspNetCore.Components;
using RaceOptimizer.Ui.Components.Settings;

namespace RaceOptimizer.Ui.Tests;

/// <summary>Settings → Theme: Fluent UI keeps the mode in the browser, so the picker's outcome is the call it makes there.</summary>
public sealed class ThemePickerTests : UiTestContext
{
    private const string ReadSettings = "Blazor.theme.getThemeSettings";
    private const string ApplyMode = "Blazor.theme.setThemeMode";

    [Fact]
    public void The_mode_the_browser_keeps_is_the_one_marked()
    {
        JSInterop.Setup<ThemeSettings>(ReadSettings).SetResult(new ThemeSettings("#0F6CBD", 0, 0, ThemeMode.Dark, false));

        var picker = Render<ThemePicker>();

        picker.WaitForAssertion(() => Assert.Equal(["Dark"], Marked(picker)));
        Assert.Empty(JSInterop.Invocations[ApplyMode]); // reading the mode changes nothing
    }

    [Theory]
    [InlineData("light", "Light")]
    [InlineData("dark", "Dark")]
    [InlineData("system", "System")]
    public void Each_button_applies_its_mode_in_the_browser_and_becomes_the_marked_one(string mode, string label)
    {
        var picker = Render<ThemePicker>();
        picker.WaitForAssertion(() => Assert.Single(JSInterop.Invocations[ReadSettings]));
        Assert.Empty(Marked(picker)); // a browser that never chose a theme

        picker.Find($"[data-testid=theme-{mode}]").Click();

        picker.WaitForAssertion(() => Assert.Equal([label], Marked(picker)));
        var applied = Assert.Single(JSInterop.Invocations[ApplyMode]);
        Assert.Equal(mode, (string?)Assert.Single(applied.Arguments));
    }

    [Fact]
    public void Switching_twice_applies_both_modes_in_order()
    {
        var picker = Render<ThemePicker>();

        picker.Find("[data-testid=theme-dark]").Click();
        picker.Find("[data-testid=theme-light]").Click();

        picker.WaitForAssertion(() => Assert.Equal(["Light"], Marked(picker)));
        Assert.Equal(["dark", "light"], JSInterop.Invocations[ApplyMode].Select(call => (string?)Assert.Single(call.Arguments)));
    }

    /// <summary>The labels of the buttons drawn as the current choice.</summary>
    private static List<string> Marked(IRenderedComponent<ThemePicker> picker) =>
        [.. picker.FindAll("[data-testid=theme-settings] fluent-button[appearance=primary]").Select(button => button.TextContent.Trim())];
}
