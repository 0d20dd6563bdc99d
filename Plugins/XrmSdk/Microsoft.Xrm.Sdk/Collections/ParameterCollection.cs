using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Request parameters, response results and plug-in shared variables, keyed by name.</summary>
[CollectionDataContract(Name = "ParameterCollection", Namespace = XrmNamespaces.Contracts)]
[KnownType(nameof(GetKnownTypes))]
[Serializable]
public class ParameterCollection : DataCollection<string, object>
{
    /// <summary>Sets the value under the key, unless the value is null (then nothing changes).</summary>
    public void AddOrUpdateIfNotNull(string key, object obj)
    {
        if (obj != null)
        {
            this[key] = obj;
        }
    }

    /// <summary>True when the key is present and its value is a <typeparamref name="T"/>.</summary>
    public bool TryGetValue<T>(string key, out T value)
    {
        value = default;
        if (!TryGetValue(key, out var found) || found is not T typed)
        {
            return false;
        }

        value = typed;
        return true;
    }

    private static IEnumerable<Type> GetKnownTypes() => XrmKnownTypes.All;
}
