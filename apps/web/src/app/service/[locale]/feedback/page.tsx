import { feedbackPage } from '@/components/FeedbackRoute';

const { generateMetadata, Feedback } = feedbackPage('service');
export const dynamic = 'force-dynamic';
export { generateMetadata };
export default Feedback;
