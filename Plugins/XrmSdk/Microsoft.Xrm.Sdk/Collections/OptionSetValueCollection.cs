using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The values of a multi-select choice column.</summary>
[CollectionDataContract(Name = "OptionSetValueCollection", Namespace = XrmNamespaces.Contracts90)]
[Serializable]
public sealed class OptionSetValueCollection : DataCollection<OptionSetValue>
{
    public OptionSetValueCollection()
    {
    }

    public OptionSetValueCollection(IList<OptionSetValue> list)
        : base(list)
    {
    }
}
