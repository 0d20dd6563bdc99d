using System;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Chooses the data path family from the apiName: custom objects end in <c>__c</c>.</summary>
public static class FenxiangPathFamily
{
    public const string Preset = "v2";
    public const string Custom = "custom/v2";

    public static string For(string objectApiName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectApiName);
        return objectApiName.EndsWith("__c", StringComparison.Ordinal) ? Custom : Preset;
    }
}
