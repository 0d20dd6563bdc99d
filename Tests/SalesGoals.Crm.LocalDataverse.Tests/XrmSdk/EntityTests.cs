using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Tests.XrmSdk;

[TestClass]
public sealed class EntityTests
{
    [TestMethod]
    public void GetAttributeValue_MissingAttribute_ReturnsDefaultOfT()
    {
        var entity = new Entity("opportunity");

        Assert.AreEqual(0, entity.GetAttributeValue<int>("estimatedvalue"));
        Assert.IsNull(entity.GetAttributeValue<Money>("estimatedvalue"));
        Assert.IsNull(entity.GetAttributeValue<int?>("estimatedvalue"));
    }

    [TestMethod]
    public void GetAttributeValue_NullValue_ReturnsDefaultOfT()
    {
        var entity = new Entity("opportunity") { ["closeprobability"] = null };

        Assert.AreEqual(0, entity.GetAttributeValue<int>("closeprobability"));
    }

    [TestMethod]
    public void GetAttributeValue_PresentValue_ReturnsTypedValue()
    {
        var entity = new Entity("opportunity") { ["estimatedvalue"] = new Money(1250.5m) };

        Assert.AreEqual(1250.5m, entity.GetAttributeValue<Money>("estimatedvalue").Value);
    }

    [TestMethod]
    public void GetAttributeValue_WrongType_ThrowsInvalidCast()
    {
        var entity = new Entity("opportunity") { ["name"] = "Big deal" };

        Assert.ThrowsExactly<InvalidCastException>(() => entity.GetAttributeValue<Money>("name"));
    }

    [TestMethod]
    public void Indexer_MissingAttribute_ThrowsKeyNotFound()
    {
        var entity = new Entity("opportunity");

        Assert.ThrowsExactly<KeyNotFoundException>(() => _ = entity["name"]);
    }

    [TestMethod]
    public void Attributes_KeysDifferingInCase_AreDistinct()
    {
        var entity = new Entity("account") { ["name"] = "lower" };

        Assert.IsFalse(entity.Contains("Name"));
    }

    [TestMethod]
    public void ToEntity_MatchingLogicalName_ReturnsEarlyBoundWithSameValues()
    {
        var id = Guid.NewGuid();
        var entity = new Entity("account", id) { ["name"] = "Contoso" };

        var account = entity.ToEntity<EarlyBoundAccount>();

        Assert.AreNotSame(entity, account);
        Assert.AreEqual(id, account.Id);
        Assert.AreEqual("Contoso", account.Name);
    }

    [TestMethod]
    public void ToEntity_OtherLogicalName_ThrowsNotSupported()
    {
        var entity = new Entity("contact", Guid.NewGuid());

        Assert.ThrowsExactly<NotSupportedException>(() => entity.ToEntity<EarlyBoundAccount>());
    }

    [TestMethod]
    public void ToEntityReference_Entity_CarriesLogicalNameAndId()
    {
        var id = Guid.NewGuid();

        var reference = new Entity("account", id).ToEntityReference();

        Assert.AreEqual(new EntityReference("account", id), reference);
    }

    [TestMethod]
    public void Equals_MoneyAndOptionSetValue_CompareByValue()
    {
        Assert.AreEqual(new Money(10m), new Money(10m));
        Assert.AreNotEqual(new Money(10m), new Money(11m));
        Assert.AreEqual(new OptionSetValue(3), new OptionSetValue(3));
        Assert.AreNotEqual(new OptionSetValue(3), new OptionSetValue(4));
    }
}
