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
        // Only pages that exist get an entry; the others join with their pages.
        var entries = layout.FindAll("[area=nav] .fluent-nav a");
        Assert.Collection(
            entries,
            system =>
            {
                Assert.Equal("System", system.TextContent.Trim());
                Assert.Equal("/", system.GetAttribute("href"));
            },
            jobs =>
            {
                Assert.Equal("Jobs", jobs.TextContent.Trim());
                Assert.Equal("/jobs", jobs.GetAttribute("href"));
            });
        // On narrow screens the hamburger drawer repeats the same navigation.
        Assert.Equal(2, layout.FindAll("fluent-drawer .fluent-nav a").Count);
        // Providers (dialogs, toasts, tooltips) come last, as Fluent UI v5 requires.
        Assert.Equal("fluent-providers", layout.Nodes.OfType<AngleSharp.Dom.IElement>().Last().ClassName);
    }
}
