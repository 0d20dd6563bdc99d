namespace SalesGoals.Crm.GoalEngine.Tests;
[TestClass]
public class ProbeTests { [TestMethod] public void Probe_Works_Passes() => Assert.AreEqual(2, int.Parse("2", System.Globalization.CultureInfo.InvariantCulture)); }
