using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping.Schema;

namespace SalesGoals.Crm.Integration.Mapping.Validation;

/// <summary>Checks a mapping against the external system's schema and Dataverse's users, currencies and option
/// values, and lists every problem at once, so ops fix them in one pass.</summary>
public static class MappingValidator
{
    public static MappingValidationResult Validate(
        CrmMapping mapping,
        IReadOnlyList<ExternalObjectSchema> schemas,
        MappingValidationContext context)
    {
        var problems = new List<MappingProblem>();
        CheckDuplicateObjects(mapping, problems);
        foreach (var objectMap in mapping.Objects)
        {
            var schema = schemas.FirstOrDefault(s => string.Equals(s.ApiName, objectMap.ExternalObject, StringComparison.Ordinal));
            new ObjectMapValidator(mapping, objectMap, schema, context, problems).Validate();
        }

        UserTableValidator.Validate(mapping.Users, context, problems);
        CheckCurrency(mapping.DefaultCurrency, context, problems);
        return new MappingValidationResult(problems.Distinct().ToList());
    }

    /// <summary>True for three capital ASCII letters, the shape of every ISO 4217 alphabetic code.</summary>
    public static bool IsIsoCurrencyCode(string? code) =>
        code is { Length: 3 } && code.All(c => c is >= 'A' and <= 'Z');

    private static void CheckDuplicateObjects(CrmMapping mapping, List<MappingProblem> problems)
    {
        foreach (var group in mapping.Objects.GroupBy(o => o.CanonicalEntity, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var names = string.Join("', '", group.Select(o => o.ExternalObject));
            problems.Add(new(MappingProblemCode.DuplicateObjectMapping, group.Last().ExternalObject, null, group.Key,
                $"Canonical entity '{group.Key}' is mapped from several external objects ('{names}'); map it from one."));
        }
    }

    private static void CheckCurrency(string currency, MappingValidationContext context, List<MappingProblem> problems)
    {
        if (!IsIsoCurrencyCode(currency))
        {
            problems.Add(new(MappingProblemCode.InvalidDefaultCurrency, null, null, currency,
                $"Default currency '{currency}' is not an ISO 4217 code (three capital letters, e.g. CNY, USD)."));
        }
        else if (context.KnownCurrencies is { } known && !known.Contains(currency, StringComparer.Ordinal))
        {
            problems.Add(new(MappingProblemCode.InvalidDefaultCurrency, null, null, currency,
                $"Default currency '{currency}' is not a transaction currency in Dataverse; add it there or pick one of: {string.Join(", ", known.Order(StringComparer.Ordinal))}."));
        }
    }
}
