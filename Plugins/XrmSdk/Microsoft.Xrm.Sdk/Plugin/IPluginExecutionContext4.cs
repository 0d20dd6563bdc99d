namespace Microsoft.Xrm.Sdk;

/// <summary>Adds the per-record image collections of bulk (…Multiple) operations to the plug-in context.</summary>
public interface IPluginExecutionContext4 : IPluginExecutionContext3
{
    EntityImageCollection[] PreEntityImagesCollection { get; }

    EntityImageCollection[] PostEntityImagesCollection { get; }
}
