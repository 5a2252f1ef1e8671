// Reviews & wins: the review sessions with their actions, and the shared successes.
import { Badge, List, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { Milestone, Review } from '../../../../../core/domain/types';
import { formatDate } from '../../../../../core/report/format';
import { newestFirst, type PartnershipModel } from '../partnership-model';
import { RecordActions } from '../RecordActions';
import { RecordTable } from './RecordTable';

export function ReviewsWinsSection({ model }: { model: PartnershipModel }) {
  const { records, today } = model;
  const partnershipId = records.partnership.id;
  const reviews = useMemo(() => newestFirst(records.reviews), [records.reviews]);
  const wins = useMemo(() => newestFirst(records.milestones), [records.milestones]);
  const cadence = records.partnership.reviewCadenceDays;
  const latest = reviews[0]?.date;
  return (
    <Stack gap="lg">
      <RecordTable<Review>
        title="Review sessions"
        description={`Expected every ${cadence} days${latest ? `; the latest was on ${formatDate(latest)}` : '; none held yet'} (today is ${formatDate(today)}).`}
        records={reviews}
        emptyMessage="No review session yet. Use “Record review” to add one."
        columns={[
          { header: 'Date', cell: (r) => formatDate(r.date), narrow: true },
          {
            header: 'Went well',
            cell: (r) => (
              <Text size="sm" lineClamp={3}>
                {r.wentWell ?? ''}
              </Text>
            ),
          },
          {
            header: 'To improve',
            cell: (r) => (
              <Text size="sm" lineClamp={3}>
                {r.toImprove ?? ''}
              </Text>
            ),
          },
          {
            header: 'Actions agreed',
            cell: (r) =>
              (r.actions ?? []).length === 0 ? (
                '\u2013'
              ) : (
                <List size="sm" spacing={2}>
                  {(r.actions ?? []).map((a, i) => (
                    <List.Item key={i}>
                      {a.text}
                      {a.done ? ' (done)' : ''}
                    </List.Item>
                  ))}
                </List>
              ),
          },
        ]}
        actions={(r) => (
          <RecordActions
            kind="review"
            partnershipId={partnershipId}
            recordId={r.id}
            label={`review of ${formatDate(r.date)}`}
          />
        )}
      />

      <RecordTable<Milestone>
        title="Wins"
        description="Shared successes worth celebrating."
        records={wins}
        emptyMessage="No win recorded yet. Use “Add win” to add one."
        columns={[
          { header: 'Date', cell: (m) => formatDate(m.date), narrow: true },
          {
            header: 'Win',
            cell: (m) => (
              <Text size="sm" fw={500}>
                {m.title}
              </Text>
            ),
          },
          {
            header: 'Description',
            cell: (m) => (
              <Text size="sm" lineClamp={2}>
                {m.description ?? ''}
              </Text>
            ),
          },
          {
            header: 'Celebrated',
            cell: (m) => (
              <Badge variant="dot" color={m.celebrated ? 'teal' : 'gray'} radius="sm">
                {m.celebrated ? 'Celebrated' : 'Not yet'}
              </Badge>
            ),
            narrow: true,
          },
        ]}
        actions={(m) => (
          <RecordActions
            kind="win"
            partnershipId={partnershipId}
            recordId={m.id}
            label={`win ${m.title}`}
          />
        )}
      />
    </Stack>
  );
}
