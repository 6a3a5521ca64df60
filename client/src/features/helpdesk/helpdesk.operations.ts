import { graphql } from '../../gql';

export const HelpDeskQuery = graphql(`
  query HelpDesk {
    helpDesk {
      id
      name
      description
      viewerCan {
        startThread
        moderate
      }
    }
  }
`);

export const HelpDeskQuestionsQuery = graphql(`
  query HelpDeskQuestions($first: Int!, $after: String) {
    helpDesk {
      id
      threads(kind: QUESTION, first: $first, after: $after) {
        ...ThreadPageFields
      }
    }
  }
`);

export const QuestionQueueQuery = graphql(`
  query QuestionQueue($assigneeId: ID, $unassigned: Boolean, $tag: String, $first: Int!, $after: String) {
    questionQueue(assigneeId: $assigneeId, unassigned: $unassigned, tag: $tag, first: $first, after: $after) {
      ...ThreadPageFields
    }
  }
`);

export const AskQuestionMutation = graphql(`
  mutation AskQuestion($input: AskQuestionInput!) {
    askQuestion(input: $input) {
      id
    }
  }
`);

export const PromoteToFaqMutation = graphql(`
  mutation PromoteToFaq($threadId: ID!, $question: String, $answer: String) {
    promoteToFaq(threadId: $threadId, question: $question, answer: $answer) {
      id
      sourceThread {
        id
        faqEntryId
      }
    }
  }
`);

export const FaqEntriesQuery = graphql(`
  query FaqEntries($tag: String, $first: Int!, $after: String) {
    faqEntries(tag: $tag, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          question
          tags
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const FaqEntryQuery = graphql(`
  query FaqEntry($id: ID!) {
    faqEntry(id: $id) {
      id
      question
      answer
      tags
      createdAt
      promotedBy {
        id
        displayName
      }
      sourceThread {
        id
        title
      }
    }
  }
`);
