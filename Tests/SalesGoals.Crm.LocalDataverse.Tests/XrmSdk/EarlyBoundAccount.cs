using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Client;

namespace SalesGoals.Crm.LocalDataverse.Tests.XrmSdk;

/// <summary>A minimal early-bound class, shaped like the ones the code generator writes.</summary>
[EntityLogicalName("account")]
public sealed class EarlyBoundAccount : Entity
{
    public EarlyBoundAccount()
        : base("account")
    {
    }

    public string Name
    {
        get => GetAttributeValue<string>("name");
        set => SetAttributeValue("name", value);
    }
}
