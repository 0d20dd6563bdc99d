using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Operations;

/// <summary>One Web API request, top-level or one operation of a $batch: method, absolute URL, headers, body bytes.</summary>
public sealed record ApiRequest(string Method, Uri Url, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
