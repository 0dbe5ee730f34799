using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RaceOptimizer.Api.Jobs.Options;

/// <summary>
/// Checks a typed options record by the rules declared on its properties (<see cref="OptionRuleAttribute"/>), nested
/// objects and arrays of objects included, then its cross-field rules: those that need Core (<see cref="CoreOptionChecks"/>)
/// and the record's own (<see cref="IValidatableObject"/>), member names being JSON names. Every problem is keyed by its JSON path, e.g. `optimize.contest.payouts[0].from`.
/// </summary>
internal static class OptionValidation
{
    public static void Validate(object options, string prefix, IDictionary<string, string[]> errors)
    {
        foreach (var property in Properties(options.GetType()))
        {
            var rules = property.GetCustomAttributes<OptionRuleAttribute>().ToList();
            var key = $"{prefix}.{JsonName(property)}";
            if (rules.Count == 0 || errors.ContainsKey(key))
            {
                continue; // no rule, or binding refused the value already
            }

            var value = property.GetValue(options);
            if (rules.FirstOrDefault(rule => !rule.IsValid(value)) is { } broken)
            {
                errors[key] = [broken.Expected];
            }
            else if (value is not null && rules.Any(rule => rule is OptionObjectAttribute))
            {
                Validate(value, key, errors);
            }
            else if (value is IEnumerable items && rules.Any(rule => rule is OptionObjectsAttribute))
            {
                var i = 0;
                foreach (var item in items)
                {
                    Validate(item, $"{key}[{i++}]", errors);
                }
            }
        }

        var own = options is IValidatableObject validatable ? validatable.Validate(new ValidationContext(options)) : [];
        foreach (var result in CoreOptionChecks.Validate(options).Concat(own))
        {
            foreach (var member in result.MemberNames)
            {
                errors.TryAdd($"{prefix}.{member}", [result.ErrorMessage ?? "is not valid"]);
            }
        }
    }

    /// <summary>What the value at a path (`optimize.contest.entries`, `optimize.exposures[0].min`) must be, from its rules.</summary>
    public static string ExpectedAt(Type root, string path)
    {
        var type = root;
        PropertyInfo? property = null;
        foreach (var segment in path.Split('.'))
        {
            var name = segment.Split('[')[0];
            property = Properties(type).FirstOrDefault(p => string.Equals(JsonName(p), name, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                return "is not valid";
            }

            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (segment.Contains('[', StringComparison.Ordinal) || (type != typeof(string) && type.IsAssignableTo(typeof(IEnumerable))))
            {
                type = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().FirstOrDefault() ?? type;
            }
        }

        var rules = property?.GetCustomAttributes<OptionRuleAttribute>().ToList() ?? [];
        return (rules.FirstOrDefault(r => r is not RequiredOptionAttribute) ?? rules.FirstOrDefault())?.Expected ?? "is not valid";
    }

    public static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    /// <summary>The properties that are options: public, read from JSON (computed ones are <see cref="JsonIgnoreAttribute"/>).</summary>
    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null);
}
