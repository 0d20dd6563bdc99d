using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>
/// Holds a call to a Custom API to its definition in Solution/customapis, as Dataverse does: an
/// unknown or missing required parameter, or a value of the wrong type, is refused before the
/// plug-in runs; an output the definition does not declare fails the call after it.
/// </summary>
internal sealed class CustomApiContract
{
    private readonly CustomApiDefinition _api;

    public CustomApiContract(CustomApiDefinition api) => _api = api;

    public void CheckInputs(ParameterCollection input)
    {
        foreach (var parameter in _api.RequestParameters)
        {
            var present = input.TryGetValue(parameter.UniqueName, out var value) && value is not null;
            if (!present && !parameter.IsOptional)
            {
                throw DataverseFault.InvalidArgument($"{_api.UniqueName}: the required parameter '{parameter.UniqueName}' is missing.");
            }

            if (present && !Fits(parameter.Type, value!))
            {
                throw DataverseFault.InvalidArgument($"{_api.UniqueName}: parameter '{parameter.UniqueName}' expects {parameter.Type}, not {value!.GetType().Name}.");
            }
        }

        var unknown = input.Keys.Where(k => !IsPlatformParameter(k) && _api.RequestParameters.All(p => !string.Equals(p.UniqueName, k, StringComparison.Ordinal))).ToList();
        if (unknown.Count > 0)
        {
            throw DataverseFault.InvalidArgument($"{_api.UniqueName}: '{string.Join("', '", unknown)}' is not a parameter of this Custom API.");
        }
    }

    public void CheckOutputs(ParameterCollection output)
    {
        foreach (var pair in output)
        {
            var property = _api.ResponseProperties.FirstOrDefault(p => string.Equals(p.UniqueName, pair.Key, StringComparison.Ordinal))
                ?? throw DataverseFault.InvalidArgument($"{_api.UniqueName}: the plug-in set output '{pair.Key}', which is not a response property of this Custom API.");
            if (pair.Value is not null && !Fits(property.Type, pair.Value))
            {
                throw DataverseFault.InvalidArgument($"{_api.UniqueName}: response property '{pair.Key}' is {property.Type}, but the plug-in set a {pair.Value.GetType().Name}.");
            }
        }
    }

    // A bound Custom API receives its row as Target (EntityReference) without declaring it.
    private bool IsPlatformParameter(string key) => _api.BindingType != 0 && key == "Target";

    private static bool Fits(CustomApiFieldType type, object value) => type switch
    {
        CustomApiFieldType.Boolean => value is bool,
        CustomApiFieldType.DateTime => value is DateTime,
        CustomApiFieldType.Decimal => value is decimal,
        CustomApiFieldType.Entity => value is Entity,
        CustomApiFieldType.EntityCollection => value is EntityCollection,
        CustomApiFieldType.EntityReference => value is EntityReference,
        CustomApiFieldType.Float => value is double,
        CustomApiFieldType.Integer => value is int,
        CustomApiFieldType.Money => value is Money,
        CustomApiFieldType.Picklist => value is OptionSetValue,
        CustomApiFieldType.String => value is string,
        CustomApiFieldType.StringArray => value is string[] or IEnumerable<string>,
        CustomApiFieldType.Guid => value is Guid,
        _ => false,
    };
}
