using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace RaceOptimizer.Contracts.Jobs.Options;

/// <summary>
/// A job option's rule, declared on the property of its typed record: what a value must be (the message of a value out
/// of range, and of a value of the wrong JSON type, which binding reports under the same field). Null is always valid:
/// an absent option takes its default.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public abstract class OptionRuleAttribute(string expected) : ValidationAttribute(expected)
{
    public string Expected => ErrorMessageString;

    public override string FormatErrorMessage(string name) => Expected;
}

/// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
public sealed class WholeNumberAttribute(int min, int max)
    : OptionRuleAttribute(string.Create(CultureInfo.InvariantCulture, $"must be a whole number between {min:N0} and {max:N0}"))
{
    public int Min => min;

    public int Max => max;

    public override bool IsValid(object? value) => value is null || (value is int number && number >= min && number <= max);
}

/// <summary>A number from <paramref name="min"/> to <paramref name="max"/>.</summary>
public sealed class NumberAttribute(double min, double max)
    : OptionRuleAttribute(FormattableString.Invariant($"must be a number from {min} to {max}"))
{
    public override bool IsValid(object? value) => value is null || (value is double number && number >= min && number <= max);
}

/// <summary>A share, from 0 to 1.</summary>
public sealed class FractionAttribute() : OptionRuleAttribute("must be a number from 0 to 1")
{
    public override bool IsValid(object? value) => value is null || (value is double number && number is >= 0 and <= 1);
}

/// <summary>A seed: any whole number a ulong holds (the JSON type is the whole check).</summary>
public sealed class SeedAttribute() : OptionRuleAttribute("must be a whole number, 0 or more")
{
    public override bool IsValid(object? value) => true;
}

/// <summary>A switch: true or false (the JSON type is the whole check).</summary>
public sealed class FlagAttribute() : OptionRuleAttribute("must be true or false")
{
    public override bool IsValid(object? value) => true;
}

/// <summary>One of <paramref name="choices"/>, compared without case.</summary>
public sealed class OneOfAttribute(params string[] choices) : OptionRuleAttribute($"must be one of {string.Join(", ", choices)}")
{
    public override bool IsValid(object? value) =>
        value is null || (value is string text && choices.Any(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase)));
}

/// <summary>Player ids: an array of non-blank strings.</summary>
public sealed class PlayerIdsAttribute() : OptionRuleAttribute("must be an array of player ids")
{
    public override bool IsValid(object? value) =>
        value is null || (value is IEnumerable<string?> ids && ids.All(id => !string.IsNullOrWhiteSpace(id)));
}

/// <summary>A nested object (its own fields are checked by their own rules).</summary>
public sealed class OptionObjectAttribute() : OptionRuleAttribute("must be an object")
{
    public override bool IsValid(object? value) => true;
}

/// <summary>An array of objects, each checked by its own rules under `name[i]`.</summary>
public sealed class OptionObjectsAttribute() : OptionRuleAttribute("must be an array of objects")
{
    public override bool IsValid(object? value) => value is null || (value is System.Collections.IEnumerable items && items.Cast<object?>().All(item => item is not null));
}

/// <summary>Text, such as an id (a value of another JSON type is refused with <paramref name="expected"/>).</summary>
public sealed class TextAttribute(string expected = "must be text") : OptionRuleAttribute(expected)
{
    public override bool IsValid(object? value) => true;
}

/// <summary>A value that must be there; <paramref name="expected"/> also says what it must be.</summary>
public sealed class RequiredOptionAttribute(string expected) : OptionRuleAttribute(expected)
{
    public override bool IsValid(object? value) => value is not null && (value is not string text || !string.IsNullOrWhiteSpace(text));
}
