using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Tests.Infrastructure;

/// <summary>Each plug-in text is shown in Simplified Chinese to a 2052 user and in English to everyone else.</summary>
[TestClass]
public sealed class LocalTextTests
{
    [TestMethod]
    [DataRow(2052, "已锁定")]
    [DataRow(1033, "Locked")]
    [DataRow(1028, "Locked", DisplayName = "Traditional Chinese (1028) is not offered: English")]
    public void For_Language_PicksTheText(int language, string expected)
    {
        // Arrange
        var text = new LocalText("Locked", "已锁定");

        // Act / Assert
        Assert.AreEqual(expected, text.For(language));
        Assert.AreEqual(expected, LocalText.In(language, "Locked", "已锁定"));
    }
}
