using System;
using System.Globalization;
using System.Runtime.Serialization;
using System.Text;

namespace Microsoft.Xrm.Sdk;

/// <summary>The detail of a <c>FaultException&lt;OrganizationServiceFault&gt;</c> from the organization service.</summary>
[DataContract(Name = "OrganizationServiceFault", Namespace = XrmNamespaces.Contracts)]
[Serializable]
public class OrganizationServiceFault : BaseServiceFault
{
    [DataMember]
    public string TraceText { get; set; }

    [DataMember]
    public OrganizationServiceFault InnerFault { get; set; }

    /// <summary>Lists the fault and its inner faults: code (hex), message, call stack detail and time.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (var fault = this; fault != null; fault = fault.InnerFault)
        {
            text.AppendLine("Exception details: ");
            text.AppendLine("ErrorCode: 0x" + fault.ErrorCode.ToString("X", CultureInfo.InvariantCulture));
            text.AppendLine("Message: " + fault.Message);
            if (fault.ErrorDetails.TryGetValue("CallStack", out var callStack))
            {
                text.AppendLine("StackTrace: ");
                text.AppendLine(callStack as string);
            }

            text.AppendLine("TimeStamp: " + fault.Timestamp.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture));
            text.AppendLine("--");
        }

        return text.ToString();
    }
}
