namespace EventFly.Client.Components.Live;

/// <summary>The quiz's answer tiles: a colour and a shape each, so they tell apart without colour vision too.</summary>
public static class QuizStyles
{
    private static readonly string[] Colors = ["#D01937", "#1368CE", "#B07400", "#1E7B0A", "#7A3FB5", "#08807F"];
    private static readonly string[] Shapes = ["▲", "◆", "●", "■", "★", "⬟"];

    public static string Color(int index) => Colors[index % Colors.Length];

    public static string Shape(int index) => Shapes[index % Shapes.Length];
}
