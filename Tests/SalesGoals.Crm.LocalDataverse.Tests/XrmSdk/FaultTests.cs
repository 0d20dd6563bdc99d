using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Tests.XrmSdk;

[TestClass]
public sealed class FaultTests
{
    [TestMethod]
    public void InvalidPluginExecutionException_NonZeroErrorCode_BecomesErrorCode()
    {
        var exception = new InvalidPluginExecutionException(OperationStatus.Failed, -2147220891, "Target exceeds the parent goal.");

        Assert.AreEqual(-2147220891, exception.ErrorCode);
        Assert.AreEqual(exception.HResult, exception.ErrorCode);
        Assert.AreEqual("Target exceeds the parent goal.", exception.Message);
    }

    [TestMethod]
    public void InvalidPluginExecutionException_MessageOnly_IsFailedWithoutHttpStatus()
    {
        var exception = new InvalidPluginExecutionException("No.");

        Assert.AreEqual(OperationStatus.Failed, exception.Status);
        Assert.AreEqual(PluginHttpStatusCode.NotSet, exception.HttpStatus);
    }

    [TestMethod]
    public void InvalidPluginExecutionException_WrappingAnother_KeepsItsHttpStatus()
    {
        var inner = new InvalidPluginExecutionException("Busy", PluginHttpStatusCode.Conflict);

        var outer = new InvalidPluginExecutionException("Outer", inner);

        Assert.AreEqual(PluginHttpStatusCode.Conflict, outer.HttpStatus);
    }

    [TestMethod]
    public void OrganizationServiceFault_ToString_ListsInnerFaultsWithHexCodes()
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = unchecked((int)0x80040217),
            Message = "Record does not exist",
            InnerFault = new OrganizationServiceFault { ErrorCode = 1, Message = "inner" },
        };

        var text = fault.ToString();

        StringAssert.Contains(text, "ErrorCode: 0x80040217");
        StringAssert.Contains(text, "Message: inner");
    }

    [TestMethod]
    public void EntityReference_Equals_ComparesTableIdAndKeysButNotName()
    {
        var id = Guid.NewGuid();

        Assert.AreEqual(new EntityReference("account", id) { Name = "A" }, new EntityReference("account", id) { Name = "B" });
        Assert.AreNotEqual(new EntityReference("account", id), new EntityReference("contact", id));
        Assert.AreEqual(new EntityReference("account", "accountnumber", "A-1"), new EntityReference("account", "accountnumber", "A-1"));
        Assert.AreNotEqual(new EntityReference("account", "accountnumber", "A-1"), new EntityReference("account", "accountnumber", "A-2"));
    }

    [TestMethod]
    public void KeyedCollection_AddDuplicateKey_Throws()
    {
        var parameters = new ParameterCollection { { "Target", null } };

        Assert.ThrowsExactly<ArgumentException>(() => parameters.Add(new KeyValuePair<string, object>("Target", 1)));
    }
}
