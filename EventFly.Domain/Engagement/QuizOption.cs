using EventFly.Domain.Common;

namespace EventFly.Domain.Engagement;

/// <summary>One option of a quiz question; its id is what clients send, its <see cref="Position"/> the index answers store.</summary>
public sealed class QuizOption : Entity<Guid>
{
    private QuizOption()
    {
        Text = "";
    }

    internal QuizOption(Guid id, Guid questionId, string text, int position)
    {
        Id = id;
        QuestionId = questionId;
        Text = text;
        Position = position;
    }

    public Guid QuestionId { get; private set; }

    public string Text { get; private set; }

    /// <summary>0-based display order; the option's index.</summary>
    public int Position { get; private set; }
}
