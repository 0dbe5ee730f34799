using Bunit;
using Microsoft.AspNetCore.Components;
using RaceOptimizer.Ui.Components.Layout;

namespace RaceOptimizer.Ui.Tests;

public sealed class MainLayoutTests : UiTestContext
{
    [Fact]
    public void Shows_the_product_name_the_entries_and_the_page()
    {
        // The layout runs interactively on the server (App.razor's render mode).
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var layout = Render<MainLayout>(parameters => parameters
            .Add(p => p.Body, (RenderFragment)(builder => builder.AddMarkupContent(0, "<p id=\"page\">page body</p>"))));

        Assert.Contains("RaceOptimizer", layout.Find("fluent-text").TextContent);
        Assert.Equal("page body", layout.Find("#page").TextContent);
        var entries = layout.FindAll("[area=nav] .fluent-nav a");
        Assert.Equal(
            [("Races", "/races"), ("Optimize", "/optimize"), ("Jobs", "/jobs"), ("History", "/history"), ("Settings", "/settings"), ("System", "/system")],
            entries.Select(entry => (entry.TextContent.Trim(), entry.GetAttribute("href"))));
        // On narrow screens the hamburger drawer repeats the same navigation.
        Assert.Equal(6, layout.FindAll("fluent-drawer .fluent-nav a").Count);
        // Providers (dialogs, toasts, tooltips) come last, as Fluent UI v5 requires.
        Assert.Equal("fluent-providers", layout.Nodes.OfType<AngleSharp.Dom.IElement>().Last().ClassName);
    }
}
