// A 1–5 rating picked with the keyboard (arrow keys) or a click, with a "Skip" state for "no
// answer". Each point's accessible name says what it means ("4 Agree").
import { Group, SegmentedControl, Text, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import type { Rating } from '../../../../core/domain/types';

const SKIP = 'skip';
const POINTS: Rating[] = [1, 2, 3, 4, 5];

interface RatingInputProps {
  label: string;
  value: Rating | null;
  onChange: (value: Rating | null) => void;
  /** The words of each point, e.g. "Strongly disagree" … "Strongly agree". */
  meanings: Record<Rating, string>;
  error?: string;
}

export function RatingInput({ label, value, onChange, meanings, error }: RatingInputProps) {
  const id = useId();
  return (
    <div>
      <Group justify="space-between" align="center" wrap="wrap" gap="xs">
        <Text id={`${id}-label`} size="sm" style={{ flex: '1 1 220px' }}>
          {label}
        </Text>
        <SegmentedControl
          aria-labelledby={`${id}-label`}
          aria-describedby={error ? `${id}-error` : undefined}
          size="xs"
          value={value === null ? SKIP : String(value)}
          onChange={(v) => onChange(v === SKIP ? null : (Number(v) as Rating))}
          data={[
            { value: SKIP, label: 'Skip' },
            ...POINTS.map((point) => ({
              value: String(point),
              label: (
                <>
                  {point}
                  <VisuallyHidden> {meanings[point]}</VisuallyHidden>
                </>
              ),
            })),
          ]}
        />
      </Group>
      {error && (
        <Text id={`${id}-error`} size="xs" c="red" mt={4}>
          {error}
        </Text>
      )}
    </div>
  );
}
