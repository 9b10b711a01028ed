using EventFly.Domain.Engagement;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Engagement.Persistence;

/// <summary>The Engagement context's tables: feed, Q&amp;A, polls and quizzes of events' live channels.</summary>
internal sealed class EngagementData(EventFlyDbContext db) : ContextData(db)
{
    public DbSet<Post> Posts => Set<Post>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<Reaction> Reactions => Set<Reaction>();

    public DbSet<Mute> Mutes => Set<Mute>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<QuestionVote> QuestionVotes => Set<QuestionVote>();

    public DbSet<Poll> Polls => Set<Poll>();

    public DbSet<PollOption> PollOptions => Set<PollOption>();

    public DbSet<Ballot> Ballots => Set<Ballot>();

    public DbSet<Quiz> Quizzes => Set<Quiz>();

    public DbSet<QuizQuestion> QuizQuestions => Set<QuizQuestion>();

    public DbSet<QuizOption> QuizOptions => Set<QuizOption>();

    public DbSet<QuizAnswer> QuizAnswers => Set<QuizAnswer>();

    public DbSet<EngagementSettings> Settings => Set<EngagementSettings>();
}
